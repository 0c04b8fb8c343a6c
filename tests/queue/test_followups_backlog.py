"""The history an upgrade makes due once (every replied inquiry re-armed: 0006's backfill, or a round
that knows no K) drains over several rounds, at most followups.SILENCE_PER_ROUND silences per rule a
round, the newest first, and ends exactly where one unbounded round ends (issue 10: 417-607 s for
that one round at a million inquiries, every reminder waiting behind it).

Two stores built alike from the test_followups_at_scale generator (a history of replies, quotations,
follow-ups done and open, dismissed, suspicious and failed items), on SQLite and on PostgreSQL: one
gets a single round with no bound (the code before), the other rounds with a bound of 7 until
nothing is left. Compared: every task planned (rule, inquiry, attempt, kind, grade, due, note,
state), the reminders and escalations sent, and every inquiry's followup_from; also with what the
old planner (tests/queue/followups_reference.py) makes at that moment. Each round evaluates at most
the bound per rule; today's silences come first; an inquiry a genuine verdict sent back is never
kept waiting behind the history."""

from __future__ import annotations

import random
import sys
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from inquiry_triage.queue import followups as followups_module
from inquiry_triage.queue import operations as ops
from inquiry_triage.queue.rounds import run_round
from inquiry_triage.store import open_store
from inquiry_triage.store.models import FollowupMarkRow, InquiryRow, TaskRow, as_utc

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:  # make "tests.servers" importable however pytest is started
    sys.path.insert(0, str(_ROOT))
from tests.queue.test_followups_at_scale import (LEAD, SHANGHAI, START, build, task_key,  # noqa: E402
                                                 what_the_old_code_does)
from tests.servers.postgres import postgres_server  # noqa: E402,F401  (fixtures are used by name)

BOUND = 7


@pytest.fixture(params=["sqlite", "postgresql"])
def two_stores(request, tmp_path) -> Iterator[tuple[sessionmaker[Session], sessionmaker[Session]]]:  # type: ignore[no-untyped-def]
    if request.param == "sqlite":
        urls, drop = [f"sqlite:///{tmp_path / name}" for name in ("once.db", "drained.db")], []
    else:
        server = request.getfixturevalue("postgres_server")
        drop = [server.create_database(), server.create_database()]
        urls = [server.url_for(name) for name in drop]
    opened = [open_store(url) for url in urls]
    try:
        yield opened[0][1], opened[1][1]
    finally:
        for engine, _ in opened:
            engine.dispose()
        for name in drop:
            request.getfixturevalue("postgres_server").drop_database(name)


def _round(sessions: sessionmaker[Session], now: Any, monkeypatch: pytest.MonkeyPatch) -> tuple[list, list, Any]:
    sent: list[Any] = []
    monkeypatch.setattr("inquiry_triage.notify.deliver", lambda reminders, _config: sent.extend(reminders) or {})
    report = run_round(sessions, now, followups={}, notifications={}, calendar=SHANGHAI, by="test")
    with sessions() as s:
        made = s.scalars(select(TaskRow).where(TaskRow.id.in_([t for t, _ in report.planned]))).all()
    return sorted(task_key(t) for t in made), sent, report


def _followup_from(sessions: sessionmaker[Session]) -> dict[int, Any]:
    """Each inquiry's follow-up mark (followup_marks, 0014; None: set aside, or never marked)."""
    with sessions() as s:
        return {i: as_utc(f) for i, f in s.execute(
            select(InquiryRow.id, FollowupMarkRow.followup_from).outerjoin(FollowupMarkRow))}


def _evaluated(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int]]:
    """(rule, how many inquiries) of each silence batch evaluated from now on."""
    seen: list[tuple[str, int]] = []
    batch = followups_module._silence_batch

    def counted(session, ids, now, rule, *args):  # type: ignore[no-untyped-def]
        seen.append((rule, len(ids)))
        return batch(session, ids, now, rule, *args)

    monkeypatch.setattr(followups_module, "_silence_batch", counted)
    return seen


def test_the_backlog_drains_to_what_one_unbounded_round_makes(two_stores, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    once, drained = two_stores
    build(once, random.Random(21), count=400, buyers=90)
    build(drained, random.Random(21), count=400, buyers=90)
    now = START + timedelta(days=1, minutes=3)
    old = what_the_old_code_does(drained, now, {})
    # the code before: no bound
    monkeypatch.setattr(followups_module, "SILENCE_PER_ROUND", 10**9)
    planned, sent, report = _round(once, now, monkeypatch)
    assert planned == old[0] and sent == old[1] and (report.reminded, report.escalated) == old[2:]
    # bounded: rounds at the same moment until one evaluates nothing
    monkeypatch.setattr(followups_module, "SILENCE_PER_ROUND", BOUND)
    evaluated = _evaluated(monkeypatch)
    all_planned: list[Any] = []
    all_sent: list[Any] = []
    rounds = 0
    while True:
        evaluated.clear()
        got, got_sent, _ = _round(drained, now, monkeypatch)
        rounds += 1
        all_planned += got
        all_sent += got_sent
        per_rule = {rule: sum(n for r, n in evaluated if r == rule) for rule in ("silent-buyer", "rfq-quote")}
        assert max(per_rule.values()) <= BOUND, per_rule
        if not evaluated:
            break
        assert rounds < 200
    assert rounds > 10  # the bound bit: the history took many rounds
    assert sorted(all_planned) == planned  # each follow-up once, the same ones
    assert all_sent == sent  # reminders and escalations: the first round's, none again
    assert _followup_from(drained) == _followup_from(once)
    with drained() as s:  # exactly once: no rule's attempt made twice for an inquiry
        keys = s.execute(select(TaskRow.inquiry_id, TaskRow.rule, TaskRow.attempt).where(TaskRow.kind == "follow-up")).all()
    assert len(keys) == len(set(keys))
    # the comparison compares something: follow-ups were planned from the backlog
    assert sum(key[0] in ("silent-buyer", "rfq-quote") for key in planned) >= 5, planned


def test_todays_silences_and_a_genuine_verdict_do_not_wait_behind_the_history(two_stores, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _, sessions = two_stores
    build(sessions, random.Random(22), count=300, buyers=80)
    monkeypatch.setattr(followups_module, "SILENCE_PER_ROUND", BOUND)
    now = START + timedelta(days=1)
    _round(sessions, now, monkeypatch)  # re-arms the history: a backlog far beyond one round
    with sessions.begin() as s:  # today: a reply 3 days old, silence since; and one a genuine verdict sent back
        made = []
        for name, replied in (("today", now - timedelta(days=3, minutes=30)), ("back", now - timedelta(days=5))):
            row = InquiryRow(message_id=f"<{name}@x>", source="t", channel="email", status="triaged", grade="A",
                             triaged_at=replied - timedelta(hours=5), received_at=replied - timedelta(hours=6),
                             result={}, buyer_key=f"{name}@buyer.example", country="ZZ", subject=name)
            row.tasks.append(TaskRow(kind="reply", grade="A", state="open", created_at=replied - timedelta(hours=5),
                                     due_at=replied + timedelta(hours=1)))
            s.add(row)
            s.flush()
            ops.record_reply(s, LEAD, replied, row.tasks[0].id)
            made.append(row)
        today, sent_back = made[0].id, made[1].id
        made[1].followup_from = ops.LOOK_AGAIN  # as ops.genuine leaves a dismissed inquiry's
    assert _followup_from(sessions)[sent_back] == ops.LOOK_AGAIN
    evaluated = _evaluated(monkeypatch)
    seen: list[int] = []
    batch = followups_module._silence_batch

    def watched(session, ids, *args):  # type: ignore[no-untyped-def]
        seen.extend(ids)
        return batch(session, ids, *args)

    monkeypatch.setattr(followups_module, "_silence_batch", watched)
    planned, _, _ = _round(sessions, now + timedelta(minutes=5), monkeypatch)
    assert today in seen and sent_back in seen  # this round, although older silences wait
    assert {key[1] for key in planned if key[0] == "silent-buyer"} >= {today, sent_back}, planned
    assert sum(n for _, n in evaluated) >= BOUND  # the history still drains beside them


def test_this_rounds_silences_walk_the_index_backwards_and_stop(two_stores) -> None:  # type: ignore[no-untyped-def]
    """The bounded selection reads ix_followup_marks_from in order from the cut and stops at the
    bound: no sort of every candidate (SQLite, which plans without statistics: no temporary B-tree);
    on PostgreSQL the range from that index, never a sequential scan."""
    _, sessions = two_stores
    build(sessions, random.Random(23), count=120, buyers=40)
    engine = sessions.kw["bind"]
    for rule, days, quoted in (("silent-buyer", 3, False), ("rfq-quote", 2, True)):
        stmt = followups_module._this_rounds_silences(rule, START - timedelta(days=days), quoted)
        compiled = stmt.compile(engine, compile_kwargs={"literal_binds": True})
        with engine.connect() as conn:
            if engine.dialect.name == "sqlite":
                plan = [row[3] for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}")]
                assert sum("ix_followup_marks_from" in line for line in plan) == 2, plan
                assert not [line for line in plan if "TEMP B-TREE" in line or line.startswith("SCAN followup_marks")], plan
            else:
                conn.exec_driver_sql("SET enable_seqscan = off")
                plan = "\n".join(row[0] for row in conn.exec_driver_sql(f"EXPLAIN {compiled}"))
                # a tiny table may be sorted (a few rows); at 1M the plan is Index Scan Backward + Limit
                # (bench/RESULTS.md, ninth session): here, only that the range comes from its index
                assert plan.count("ix_followup_marks_from") == 2 and "Seq Scan" not in plan, plan


def _replied(s: Session, name: str, replied: Any) -> InquiryRow:
    """An inquiry of its own buyer, answered at `replied` (ops.record_reply sets followup_from)."""
    row = InquiryRow(message_id=f"<{name}@x>", source="t", channel="email", status="triaged", grade="A",
                     triaged_at=replied - timedelta(hours=5), received_at=replied - timedelta(hours=6),
                     result={}, buyer_key=f"{name}@buyer.example", country="ZZ", subject=name)
    row.tasks.append(TaskRow(kind="reply", grade="A", state="open", created_at=replied - timedelta(hours=5),
                             due_at=replied + timedelta(hours=1)))
    s.add(row)
    s.flush()
    ops.record_reply(s, LEAD, replied, row.tasks[0].id)
    return row


def test_a_silence_evaluated_to_the_end_leaves_the_round_to_older_ones(two_stores, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """An inquiry whose next attempt exists already (attempts with a gap: attempt 2 done, no 1) is
    never followed up; once evaluated it is no candidate any more. It used to keep its last contact
    as followup_from: due, and newer than the history, it took a slot of every round, and with more
    such inquiries than the bound an older silence never got its turn."""
    _, sessions = two_stores
    monkeypatch.setattr(followups_module, "SILENCE_PER_ROUND", BOUND)
    now = START + timedelta(days=1)
    stuck = BOUND + 3
    with sessions.begin() as s:
        gaps = []
        for n in range(stuck):
            replied = now - timedelta(days=10) + timedelta(minutes=n)
            row = _replied(s, f"gap{n}", replied)
            s.add(TaskRow(inquiry_id=row.id, kind="follow-up", rule="silent-buyer", attempt=2, state="done", grade="A",
                          created_at=replied + timedelta(days=1), due_at=replied + timedelta(days=2),
                          done_at=replied + timedelta(days=1)))
            gaps.append(row.id)
        old = _replied(s, "old", now - timedelta(days=40)).id  # silent far longer: the last of the newest-first
    evaluated: list[int] = []
    batch = followups_module._silence_batch

    def watched(session, ids, now, rule, *args):  # type: ignore[no-untyped-def]
        if rule == "silent-buyer":
            evaluated.extend(ids)
        return batch(session, ids, now, rule, *args)

    monkeypatch.setattr(followups_module, "_silence_batch", watched)
    rounds_needed = -(-(stuck + 1) // BOUND)  # every candidate once: 2 rounds of 7 for 11
    old_followed_up_in = None
    for number in range(1, rounds_needed + 2):
        planned, _, _ = _round(sessions, now + timedelta(minutes=number), monkeypatch)
        if ("silent-buyer", old) in {(key[0], key[1]) for key in planned}:
            old_followed_up_in = number
    assert old_followed_up_in is not None and old_followed_up_in <= rounds_needed, (old_followed_up_in, evaluated)
    assert sorted(evaluated) == sorted(gaps + [old])  # each exactly once; the last round evaluated nothing
    followup_from = _followup_from(sessions)
    assert all(followup_from[i] is None for i in gaps)  # done: back only if something changes (a reply, K, genuine)
    with sessions() as s:  # and the gap is never filled: no follow-up made for those
        assert not s.scalars(select(TaskRow.id).where(TaskRow.inquiry_id.in_(gaps), TaskRow.state == "open",
                                                      TaskRow.kind == "follow-up")).all()


def test_older_silences_are_said_to_wait_only_when_some_do(two_stores, monkeypatch, caplog) -> None:  # type: ignore[no-untyped-def]
    """Exactly the bound found: every one is evaluated and nothing waits (no message); one more than
    the bound: the oldest waits, and the round says so."""
    _, sessions = two_stores
    now = START + timedelta(days=1)
    with sessions.begin() as s:
        ids = [_replied(s, f"silent{n}", now - timedelta(days=20) + timedelta(hours=n)).id for n in range(BOUND)]
    cut = now - timedelta(days=3)
    caplog.set_level("INFO", logger="inquiry_triage.scheduler")
    monkeypatch.setattr(followups_module, "SILENCE_PER_ROUND", BOUND)
    with sessions() as s:
        assert followups_module._silence_ids(s, "silent-buyer", cut, False) == sorted(ids)
    assert "wait" not in caplog.text
    monkeypatch.setattr(followups_module, "SILENCE_PER_ROUND", BOUND - 1)
    with sessions() as s:
        assert followups_module._silence_ids(s, "silent-buyer", cut, False) == sorted(ids[1:])  # the oldest waits
    assert "older ones wait for the next rounds" in caplog.text
