"""Queue operations (inquiry_triage/queue/operations.py): roles, states, notes, replies, snoozes,
dismissals, escalations and the audit log, on SQLite (a file in tmp_path) and, for some, on a
real PostgreSQL (tests/servers/postgres.py). Every call gets an explicit, timezone-aware `now`."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select
from sqlalchemy.orm import Session, sessionmaker

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:  # make "tests.servers" importable however pytest is started
    sys.path.insert(0, str(_ROOT))

from inquiry_triage.grading import Verdict  # noqa: E402
from inquiry_triage.model import Inquiry  # noqa: E402
from inquiry_triage.pipeline import TriageResult  # noqa: E402
from inquiry_triage.queue.operations import (  # noqa: E402
    Actor,
    NotAllowed,
    QueueError,
    add_note,
    assign,
    claim,
    dismiss,
    done,
    escalate,
    record_reply,
    release,
    snooze,
    wake_snoozed,
)
from inquiry_triage.store.db import AppendOnlyError, open_store  # noqa: E402
from inquiry_triage.store.models import AuditRow, InquiryRow, NoteRow, ReplyRow, TaskRow  # noqa: E402
from inquiry_triage.store.queue import save_result  # noqa: E402
from tests.servers.postgres import pg_url, postgres_server  # noqa: E402,F401  (fixtures are used by name)

UTC = timezone.utc
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
MADRID = timezone(timedelta(hours=1))

ALICE = Actor("alice")  # agent
BOB = Actor("bob")  # agent
LEAD = Actor("lena", "lead")
SUPERVISOR = Actor("sam", "supervisor")


def at(minutes: int) -> datetime:
    return T0 + timedelta(minutes=minutes)


def aware(value: datetime | None) -> datetime | None:
    """SQLite hands back naive datetimes (stored in UTC) even for timezone=True columns."""
    return value if value is None or value.tzinfo else value.replace(tzinfo=UTC)


# --- stores ------------------------------------------------------------------------------------

def _open(url: str) -> Iterator[sessionmaker[Session]]:
    engine, sessions = open_store(url)
    try:
        yield sessions
    finally:
        engine.dispose()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'queue.db'}"


@pytest.fixture
def store(sqlite_url: str) -> Iterator[sessionmaker[Session]]:
    """SQLite only."""
    yield from _open(sqlite_url)


@pytest.fixture(params=["sqlite", "postgresql"])
def any_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[sessionmaker[Session]]:
    """SQLite, then a fresh database on the session's PostgreSQL."""
    url = request.getfixturevalue("pg_url") if request.param == "postgresql" else f"sqlite:///{tmp_path / 'queue.db'}"
    yield from _open(url)


# --- data ----------------------------------------------------------------------------------------

_serial = iter(range(1, 10**9))


def add_inquiry(sessions: sessionmaker[Session], *, tasks: int = 1, suspicious: bool = False, grade: str = "B",
                due: datetime | None = None, product: str = "", buyer: str = "buyer@example.com",
                states: tuple[str, ...] = ()) -> tuple[int, list[int]]:
    """One triaged inquiry with `tasks` open tasks (or the given `states`); (inquiry id, task ids)."""
    n = next(_serial)
    with sessions.begin() as s:
        inquiry = InquiryRow(message_id=f"<inq-{n}@example.com>", source="test", channel="email", status="triaged",
                             grade=grade, suspicious=suspicious, result={}, triaged_at=at(-60), product=product,
                             buyer_key=buyer, from_addr=buyer)
        for i, state in enumerate(states or ("open",) * tasks):
            inquiry.tasks.append(TaskRow(kind="reply" if i == 0 else "follow-up", state=state, grade=grade,
                                         due_at=due or at(120 + i), created_at=at(-60),
                                         done_at=at(-30) if state == "done" else None))
        s.add(inquiry)
        s.flush()
        return inquiry.id, [task.id for task in inquiry.tasks]


def add_task(sessions: sessionmaker[Session], **options: Any) -> int:
    return add_inquiry(sessions, **options)[1][0]


def task_row(sessions: sessionmaker[Session], task_id: int) -> TaskRow:
    with sessions() as s:
        return s.get_one(TaskRow, task_id)


def audit_rows(sessions: sessionmaker[Session]) -> list[tuple[str, str, int | None, int | None, datetime, dict]]:
    with sessions() as s:
        rows = s.scalars(select(AuditRow).order_by(AuditRow.id)).all()
        return [(r.action, r.actor, r.task_id, r.inquiry_id, aware(r.at), r.detail) for r in rows]


def count(sessions: sessionmaker[Session], model: type) -> int:
    with sessions() as s:
        return s.scalar(select(func.count()).select_from(model))


def run(sessions: sessionmaker[Session], operation: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """One operation in its own committed transaction (as the CLI does)."""
    with sessions.begin() as s:
        return operation(s, *args, **kwargs)


# --- claim -------------------------------------------------------------------------------------------

def test_claiming_a_specific_task_twice_fails_the_second_time(any_store: sessionmaker[Session]) -> None:
    task_id = add_task(any_store)
    first = run(any_store, claim, ALICE, at(0), task_id)
    assert (first.id, first.state, first.assignee, aware(first.claimed_at)) == (task_id, "claimed", "alice", at(0))

    with pytest.raises(QueueError, match=rf"^task {task_id} is claimed by alice$"):
        run(any_store, claim, BOB, at(1), task_id)
    with pytest.raises(QueueError, match=rf"^task {task_id} is claimed by alice$"):
        run(any_store, claim, LEAD, at(2), task_id)  # a lead does not take it silently either: assign does

    row = task_row(any_store, task_id)
    assert (row.state, row.assignee, aware(row.claimed_at)) == ("claimed", "alice", at(0))
    assert [(a[0], a[1], a[2]) for a in audit_rows(any_store)] == [("claim", "alice", task_id)]

    with pytest.raises(QueueError, match=r"^no task with ID 987654$"):
        run(any_store, claim, ALICE, at(3), 987654)
    run(any_store, done, ALICE, at(4), task_id)
    with pytest.raises(QueueError, match=rf"^task {task_id} is done by alice$"):
        run(any_store, claim, BOB, at(5), task_id)


def test_claim_takes_the_best_grade_then_the_nearest_deadline(store: sessionmaker[Session]) -> None:
    c_soon = add_task(store, grade="C", due=at(10))
    a_late = add_task(store, grade="A", due=at(300))
    a_soon = add_task(store, grade="A", due=at(60))
    b_mid = add_task(store, grade="B", due=at(30))
    got = [run(store, claim, ALICE, at(i)) for i in range(5)]
    assert [t.id if t else None for t in got] == [a_soon, a_late, b_mid, c_soon, None]


def test_agents_neither_see_nor_claim_suspicious_tasks_but_leads_do(any_store: sessionmaker[Session]) -> None:
    suspicious = add_task(any_store, suspicious=True, grade="A", due=at(5))
    clean = add_task(any_store, grade="D", due=at(600))
    suspicious_2 = add_task(any_store, suspicious=True, grade="A", due=at(6))

    # The suspicious A tasks come first in the queue, but an agent is given the clean D one...
    assert run(any_store, claim, ALICE, at(0)).id == clean
    # ...and then nothing, although two suspicious tasks are open.
    assert run(any_store, claim, BOB, at(1)) is None
    assert task_row(any_store, suspicious).state == "open"

    assert run(any_store, claim, LEAD, at(2)).id == suspicious
    assert run(any_store, claim, SUPERVISOR, at(3), suspicious_2).assignee == "sam"  # by ID too
    assert [(a[0], a[1], a[2]) for a in audit_rows(any_store)] == [
        ("claim", "alice", clean), ("claim", "lena", suspicious), ("claim", "sam", suspicious_2)]


def test_an_agent_cannot_claim_a_suspicious_task_by_its_id(store: sessionmaker[Session]) -> None:
    task_id = add_task(store, suspicious=True)
    try:
        run(store, claim, ALICE, at(0), task_id)
    except NotAllowed:
        pass
    else:
        raise AssertionError("an agent claimed a suspicious task by ID")
    assert task_row(store, task_id).state == "open"


def test_postgres_claim_only_holds_the_task_it_takes(pg_url: str) -> None:
    for sessions in _open(pg_url):
        ids = [add_task(sessions, due=at(i)) for i in range(3)]
        holder = sessions()
        try:
            holder.begin()
            assert claim(holder, ALICE, at(0)).id == ids[0]  # alice's transaction is still open
            with sessions.begin() as s:
                other = claim(s, BOB, at(1))
                # tasks 2 and 3 are open and nobody is claiming them
                assert other is not None and other.id == ids[1], "claim() said nothing is left to claim"
        finally:
            holder.rollback()
            holder.close()


def test_sqlite_claim_does_not_give_up_when_its_candidates_were_taken(sqlite_url: str) -> None:
    engine, sessions = open_store(sqlite_url)
    other_engine, other_sessions = open_store(sqlite_url)
    try:
        ids = [add_task(sessions, due=at(i)) for i in range(25)]
        raced = []

        @event.listens_for(engine, "before_cursor_execute")
        def others_claim_first(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
            # Just after alice read her 20 candidates, before her first UPDATE: bob takes all 20.
            if statement.lstrip().upper().startswith("UPDATE TASKS") and not raced:
                raced.append(True)
                for task_id in ids[:20]:
                    with other_sessions.begin() as s:
                        claim(s, BOB, at(0), task_id)

        with sessions.begin() as s:
            task = claim(s, ALICE, at(1))
            assert raced
            assert task is not None, "claim() said nothing is left while 5 tasks were open"
            assert task.id == ids[20]
    finally:
        engine.dispose()
        other_engine.dispose()


# --- release and assign ---------------------------------------------------------------------

def test_an_agent_works_only_on_their_own_or_unclaimed_tasks(store: sessionmaker[Session]) -> None:
    """README "Roles": agents note, snooze, escalate and reply on their own or unclaimed tasks; a
    task another agent claimed is theirs (a lead may act on it)."""
    task_id = add_task(store)
    run(store, add_note, BOB, at(0), task_id, "unclaimed: anyone may note it")
    run(store, claim, ALICE, at(1), task_id)
    refused = r"bob \(agent\) may not work on tasks of others: ask a lead or supervisor"
    with pytest.raises(NotAllowed, match=refused):
        run(store, add_note, BOB, at(2), task_id, "not mine")
    with pytest.raises(NotAllowed, match=refused):
        run(store, escalate, BOB, at(2), task_id, "not mine")
    with pytest.raises(NotAllowed, match=refused):
        run(store, snooze, BOB, at(2), task_id, until=at(48))
    run(store, add_note, ALICE, at(3), task_id, "mine")
    run(store, add_note, LEAD, at(3), task_id, "a lead's note")
    run(store, escalate, LEAD, at(4), task_id, "a lead may")
    with store() as s:
        assert [n.author for n in s.scalars(select(NoteRow).where(NoteRow.task_id == task_id).order_by(NoteRow.id))] \
            == ["bob", "alice", "lena", "lena"]


def test_release_by_the_claimer_or_a_lead_but_not_another_agent(store: sessionmaker[Session]) -> None:
    task_id = add_task(store)
    with pytest.raises(QueueError, match="is open, not claimed"):
        run(store, release, ALICE, at(0), task_id)

    run(store, claim, ALICE, at(1), task_id)
    with pytest.raises(NotAllowed, match=r"bob \(agent\) may not release others: ask a lead or supervisor"):
        run(store, release, BOB, at(2), task_id)
    row = task_row(store, task_id)
    assert (row.state, row.assignee) == ("claimed", "alice")

    released = run(store, release, ALICE, at(3), task_id)
    assert (released.state, released.assignee, released.claimed_at) == ("open", None, None)
    row = task_row(store, task_id)
    assert (row.state, row.assignee, row.claimed_at) == ("open", None, None)

    run(store, claim, ALICE, at(4), task_id)
    run(store, release, LEAD, at(5), task_id)
    assert task_row(store, task_id).state == "open"
    assert audit_rows(store) == [
        ("claim", "alice", task_id, row.inquiry_id, at(1), {}),
        ("release", "alice", task_id, row.inquiry_id, at(3), {"previous_assignee": "alice"}),
        ("claim", "alice", task_id, row.inquiry_id, at(4), {}),
        ("release", "lena", task_id, row.inquiry_id, at(5), {"previous_assignee": "alice"}),
    ]


def test_assign_only_by_a_lead_or_supervisor(store: sessionmaker[Session]) -> None:
    task_id = add_task(store)
    with pytest.raises(NotAllowed, match=r"alice \(agent\) may not assign: ask a lead or supervisor"):
        run(store, assign, ALICE, at(0), task_id, "alice")
    assert task_row(store, task_id).state == "open"
    assert audit_rows(store) == []

    task = run(store, assign, LEAD, at(1), task_id, "alice")
    assert (task.state, task.assignee, aware(task.claimed_at)) == ("claimed", "alice", at(1))
    run(store, assign, SUPERVISOR, at(2), task_id, "bob")  # a reassignment
    row = task_row(store, task_id)
    assert (row.state, row.assignee, aware(row.claimed_at)) == ("claimed", "bob", at(2))
    assert [(a[0], a[1], a[5]) for a in audit_rows(store)] == [
        ("assign", "lena", {"to": "alice", "previous_assignee": None}),
        ("assign", "sam", {"to": "bob", "previous_assignee": "alice"}),
    ]

    run(store, done, BOB, at(3), task_id)
    with pytest.raises(QueueError, match=rf"task {task_id} is done"):
        run(store, assign, LEAD, at(4), task_id, "alice")


# --- notes ---------------------------------------------------------------------------------------

def test_notes_are_append_only(store: sessionmaker[Session]) -> None:
    task_id = add_task(store)
    note = run(store, add_note, ALICE, at(0), task_id, "Buyer asked for FOB Ningbo prices", action="call")
    with store() as s:
        stored = s.get_one(NoteRow, note.id)
        assert (stored.task_id, stored.author, stored.action, stored.content, aware(stored.created_at)) == (
            task_id, "alice", "call", "Buyer asked for FOB Ningbo prices", at(0))

    with pytest.raises(AppendOnlyError, match=rf"note {note.id} cannot be changed or deleted"):
        with store.begin() as s:
            s.get_one(NoteRow, note.id).content = "Buyer asked for CIF prices"
            s.flush()
    with pytest.raises(AppendOnlyError):
        with store.begin() as s:
            s.get_one(NoteRow, note.id).author = "bob"
    with pytest.raises(AppendOnlyError):
        with store.begin() as s:
            s.delete(s.get_one(NoteRow, note.id))
            s.flush()
    with store() as s:
        assert s.get_one(NoteRow, note.id).content == "Buyer asked for FOB Ningbo prices"
        assert s.get_one(NoteRow, note.id).author == "alice"

    run(store, add_note, BOB, at(1), task_id, "second note")  # appending still works
    assert count(store, NoteRow) == 2
    with pytest.raises(QueueError, match="a note needs some text"):
        run(store, add_note, BOB, at(2), task_id, "  \n")
    assert [(a[0], a[1], a[5]) for a in audit_rows(store)] == [
        ("note", "alice", {"action_label": "call"}), ("note", "bob", {"action_label": "note"})]


# --- reply, done --------------------------------------------------------------------------------

def test_record_reply_closes_the_task_and_creates_a_reply(any_store: sessionmaker[Session]) -> None:
    inquiry_id, (task_id,) = add_inquiry(any_store, product="M8 stainless bolts")
    run(any_store, claim, ALICE, at(0), task_id)
    reply = run(any_store, record_reply, ALICE, at(30), task_id, channel="whatsapp", kind="quote", sent_at=at(25))

    with any_store() as s:
        stored = s.get_one(ReplyRow, reply.id)
        assert (stored.inquiry_id, stored.task_id, stored.author, stored.channel, stored.kind, stored.product,
                aware(stored.sent_at)) == (inquiry_id, task_id, "alice", "im", "quote", "M8 stainless bolts", at(25))  # whatsapp is an IM
        task = s.get_one(TaskRow, task_id)
        assert (task.state, aware(task.done_at), task.assignee) == ("done", at(30), "alice")

    with pytest.raises(QueueError, match=rf"task {task_id} is already done"):
        run(any_store, record_reply, ALICE, at(31), task_id)
    assert count(any_store, ReplyRow) == 1

    # An unclaimed task answered straight away: the one who replied becomes the assignee.
    _, (other,) = add_inquiry(any_store)
    reply = run(any_store, record_reply, BOB, at(40), other)
    assert aware(reply.sent_at) == at(40)
    assert task_row(any_store, other).assignee == "bob"
    assert [(a[0], a[1], a[2], a[5]) for a in audit_rows(any_store)] == [
        ("claim", "alice", task_id, {}),
        ("reply", "alice", task_id, {"channel": "im", "kind": "quote"}),
        ("reply", "bob", other, {"channel": "email", "kind": "reply"}),
    ]


# --- snooze ---------------------------------------------------------------------------------------

def test_snooze_until_a_time_then_wake(store: sessionmaker[Session]) -> None:
    claimed = add_task(store)
    unclaimed = add_task(store)
    run(store, claim, ALICE, at(0), claimed)
    with pytest.raises(QueueError, match="snooze until a time, or until the buyer writes again"):
        run(store, snooze, ALICE, at(1), claimed)

    until = datetime(2026, 3, 2, 12, 0, tzinfo=MADRID)  # 11:00 UTC = at(120)
    task = run(store, snooze, ALICE, at(1), claimed, until=until)
    assert (task.state, aware(task.snoozed_until)) == ("snoozed", at(120))
    run(store, snooze, BOB, at(2), unclaimed, until=at(60))
    assert run(store, claim, BOB, at(3)) is None  # snoozed tasks are not open

    assert run(store, wake_snoozed, at(59)) == []
    assert [t.id for t in run(store, wake_snoozed, at(60))] == [unclaimed]
    assert [t.id for t in run(store, wake_snoozed, at(180))] == [claimed]
    woken, back_open = task_row(store, claimed), task_row(store, unclaimed)
    assert (woken.state, woken.assignee, woken.snoozed_until) == ("claimed", "alice", None)
    assert (back_open.state, back_open.assignee, back_open.snoozed_until) == ("open", None, None)

    assert [(a[0], a[1], a[5]) for a in audit_rows(store) if a[0] == "snooze"] == [
        ("snooze", "alice", {"until": "2026-03-02T12:00:00+01:00", "until_buyer_writes": False}),
        ("snooze", "bob", {"until": "2026-03-02T10:00:00+00:00", "until_buyer_writes": False}),
    ]
    run(store, done, ALICE, at(200), claimed)
    with pytest.raises(QueueError, match=rf"task {claimed} is done"):
        run(store, snooze, ALICE, at(201), claimed, until=at(300))


def _result(message_id: str, from_addr: str) -> TriageResult:
    inquiry = Inquiry(source="test", message_id=message_id, from_addr=from_addr, subject="Re: bolts",
                      body="Any news on the price?", own_text="Any news on the price?")
    verdict = Verdict(grade="B", score=0.6, suspicious=False, suspicion=[], risk=0.0, risk_by_kind={})
    return TriageResult(source="test", message_id=message_id, channel="email", inquiry=inquiry, verdict=verdict,
                        reply_due=at(24 * 60))


def test_snooze_until_the_buyer_writes(store: sessionmaker[Session]) -> None:
    task_id = add_task(store, buyer="buyer@example.com")
    run(store, claim, ALICE, at(0), task_id)
    task = run(store, snooze, ALICE, at(1), task_id, until_buyer_writes=True)
    assert (task.state, task.snoozed_until, task.snooze_until_buyer_writes) == ("snoozed", None, True)

    assert run(store, wake_snoozed, at(60 * 24 * 365)) == []  # time alone never wakes it
    run(store, save_result, _result("<other@example.org>", "someone.else@example.org"), at(10))
    assert task_row(store, task_id).state == "snoozed"

    run(store, save_result, _result("<again@example.com>", "buyer@example.com"), at(20))
    row = task_row(store, task_id)
    assert (row.state, row.assignee, row.snooze_until_buyer_writes) == ("claimed", "alice", False)
    with store() as s:  # and the new message got its own open reply task
        new = s.scalars(select(TaskRow).join(InquiryRow).where(InquiryRow.message_id == "<again@example.com>")).one()
        assert new.state == "open"
    assert [(a[0], a[1], a[5]) for a in audit_rows(store)] == [
        ("claim", "alice", {}), ("snooze", "alice", {"until": None, "until_buyer_writes": True})]


# --- dismiss, escalate ------------------------------------------------------------------------------

def test_dismiss_as_spam_closes_all_open_tasks_of_the_inquiry(any_store: sessionmaker[Session]) -> None:
    inquiry_id, (reply, follow_up, snoozed, old) = add_inquiry(any_store, states=("open", "open", "open", "done"))
    other_inquiry, (unrelated,) = add_inquiry(any_store)
    run(any_store, claim, ALICE, at(0), reply)
    run(any_store, snooze, ALICE, at(1), snoozed, until=at(600))

    with pytest.raises(NotAllowed, match=r"alice \(agent\) may not dismiss"):
        run(any_store, dismiss, ALICE, at(2), reply, "spam")
    with any_store() as s:
        assert s.get_one(InquiryRow, inquiry_id).dismissed_as is None
        assert s.get_one(TaskRow, reply).state == "claimed"
    with pytest.raises(QueueError, match="dismiss --as must be one of spam, spy, duplicate"):
        run(any_store, dismiss, LEAD, at(3), reply, "junk")

    task = run(any_store, dismiss, LEAD, at(10), reply, "spam")
    assert task.state == "dismissed"
    with any_store() as s:
        assert s.get_one(InquiryRow, inquiry_id).dismissed_as == "spam"
        states = {t.id: (t.state, aware(t.done_at)) for t in s.scalars(select(TaskRow))}
        assert s.get_one(InquiryRow, other_inquiry).dismissed_as is None
    assert states == {reply: ("dismissed", at(10)), follow_up: ("dismissed", at(10)),
                      snoozed: ("dismissed", at(10)), old: ("done", at(-30)), unrelated: ("open", None)}
    assert audit_rows(any_store)[-1] == ("dismiss", "lena", reply, inquiry_id, at(10), {"dismissed_as": "spam"})
    assert run(any_store, claim, BOB, at(11)).id == unrelated


def test_escalate_sets_escalated_at_and_notes_the_reason(store: sessionmaker[Session]) -> None:
    inquiry_id, (task_id,) = add_inquiry(store)
    task = run(store, escalate, ALICE, at(5), task_id, reason="Buyer wants 40% off; needs a lead")
    assert aware(task.escalated_at) == at(5)
    with store() as s:
        note = s.scalars(select(NoteRow)).one()
        assert (note.inquiry_id, note.task_id, note.author, note.action, note.content, aware(note.created_at)) == (
            inquiry_id, task_id, "alice", "escalate", "Buyer wants 40% off; needs a lead", at(5))
        assert aware(s.get_one(TaskRow, task_id).escalated_at) == at(5)

    with pytest.raises(QueueError, match=rf"task {task_id} is already escalated"):  # once: no second escalation
        run(store, escalate, BOB, at(6), task_id)
    assert count(store, NoteRow) == 1
    assert aware(task_row(store, task_id).escalated_at) == at(5)
    assert [(a[0], a[1], a[5]) for a in audit_rows(store)] == [
        ("escalate", "alice", {"reason": "Buyer wants 40% off; needs a lead"})]
    _, (fresh,) = add_inquiry(store)
    run(store, escalate, BOB, at(6), fresh)  # without a reason: no note
    assert count(store, NoteRow) == 1 and aware(task_row(store, fresh).escalated_at) == at(6)
    run(store, done, ALICE, at(7), task_id)
    with pytest.raises(QueueError, match=rf"task {task_id} is done"):
        run(store, escalate, ALICE, at(8), task_id, reason="too late")


# --- audit, time zones -------------------------------------------------------------------------------

def test_every_operation_writes_an_audit_row_with_its_actor(any_store: sessionmaker[Session]) -> None:
    inquiry_id, (t1, t2, t3) = add_inquiry(any_store, tasks=3)
    madrid_now = datetime(2026, 3, 2, 10, 7, tzinfo=MADRID)  # = at(7): stored in UTC
    steps: list[tuple[Callable[..., Any], Actor, datetime, tuple, dict]] = [
        (claim, ALICE, at(1), (t1,), {}),
        (add_note, ALICE, at(2), (t1, "called the buyer"), {}),
        (release, LEAD, at(3), (t1,), {}),
        (assign, SUPERVISOR, at(4), (t1, "bob"), {}),
        (snooze, BOB, at(5), (t1,), {"until": at(50)}),
        (escalate, BOB, at(6), (t2,), {"reason": "price"}),
        (record_reply, BOB, madrid_now, (t2,), {}),
        (done, ALICE, at(8), (t3,), {}),
        (dismiss, LEAD, at(9), (t1,), {"as_": "duplicate"}),
    ]
    for operation, actor, now, args, kwargs in steps:
        run(any_store, operation, actor, now, *args, **kwargs)
    assert [a[:5] for a in audit_rows(any_store)] == [
        ("claim", "alice", t1, inquiry_id, at(1)),
        ("note", "alice", t1, inquiry_id, at(2)),
        ("release", "lena", t1, inquiry_id, at(3)),
        ("assign", "sam", t1, inquiry_id, at(4)),
        ("snooze", "bob", t1, inquiry_id, at(5)),
        ("escalate", "bob", t2, inquiry_id, at(6)),
        ("reply", "bob", t2, inquiry_id, at(7)),
        ("done", "alice", t3, inquiry_id, at(8)),
        ("dismiss", "lena", t1, inquiry_id, at(9)),
    ]
    with any_store() as s:
        assert aware(s.get_one(TaskRow, t2).done_at) == at(7)


NAIVE = datetime(2026, 3, 2, 9, 0)

# (operation, actor, extra args, kwargs, state the task needs first)
_OPERATIONS: dict[str, tuple[Callable[..., Any], Actor, tuple, dict, str]] = {
    "claim": (claim, ALICE, (), {}, "open"),
    "claim_by_id": (claim, ALICE, ("TASK",), {}, "open"),
    "release": (release, ALICE, ("TASK",), {}, "claimed"),
    "assign": (assign, LEAD, ("TASK", "bob"), {}, "open"),
    "add_note": (add_note, ALICE, ("TASK", "text"), {}, "open"),
    "record_reply": (record_reply, ALICE, ("TASK",), {}, "claimed"),
    "snooze": (snooze, ALICE, ("TASK",), {"until": at(60)}, "claimed"),
    "done": (done, ALICE, ("TASK",), {}, "claimed"),
    "dismiss": (dismiss, LEAD, ("TASK", "spam"), {}, "open"),
    "escalate": (escalate, ALICE, ("TASK",), {"reason": "why"}, "open"),
}


def _prepared(store: sessionmaker[Session], state: str) -> int:
    task_id = add_task(store)
    if state == "claimed":
        run(store, claim, ALICE, at(0), task_id)
    return task_id


def _call(session: Session, name: str, task_id: int, now: datetime) -> Any:
    operation, actor, args, kwargs, _ = _OPERATIONS[name]
    return operation(session, actor, now, *(task_id if a == "TASK" else a for a in args), **kwargs)


def _snapshot(store: sessionmaker[Session]) -> tuple:
    with store() as s:
        tasks = [(t.id, t.state, t.assignee, t.claimed_at, t.done_at, t.snoozed_until, t.escalated_at)
                 for t in s.scalars(select(TaskRow).order_by(TaskRow.id))]
        inquiries = [(i.id, i.dismissed_as) for i in s.scalars(select(InquiryRow).order_by(InquiryRow.id))]
        return tasks, inquiries, count(store, AuditRow), count(store, NoteRow), count(store, ReplyRow)


@pytest.mark.parametrize("name", sorted(_OPERATIONS))
def test_naive_datetimes_are_rejected(store: sessionmaker[Session], name: str) -> None:
    task_id = _prepared(store, _OPERATIONS[name][4])
    before = _snapshot(store)
    with pytest.raises(ValueError, match="naive datetime"):
        with store.begin() as s:
            _call(s, name, task_id, NAIVE)
    assert _snapshot(store) == before  # the caller's transaction was rolled back: nothing happened


def test_naive_snooze_until_and_wake_time_are_rejected(store: sessionmaker[Session]) -> None:
    task_id = _prepared(store, "claimed")
    with pytest.raises(ValueError, match="naive datetime"):
        run(store, snooze, ALICE, at(1), task_id, until=NAIVE)
    assert task_row(store, task_id).state == "claimed"
    run(store, snooze, ALICE, at(1), task_id, until=at(60))
    with pytest.raises(ValueError, match="naive datetime"):
        run(store, wake_snoozed, NAIVE + timedelta(hours=2))
    assert task_row(store, task_id).state == "snoozed"


@pytest.mark.parametrize("name", sorted(_OPERATIONS))
def test_a_naive_now_is_rejected_before_anything_changes(store: sessionmaker[Session], name: str) -> None:
    """A caller that catches the ValueError and commits must not commit a change without its audit row."""
    task_id = _prepared(store, _OPERATIONS[name][4])
    before = _snapshot(store)
    with store.begin() as s:
        with pytest.raises(ValueError, match="naive datetime"):
            _call(s, name, task_id, NAIVE)
    assert _snapshot(store) == before, f"{name} changed rows (without an audit row) before rejecting the naive time"
