"""claim() under real concurrency: 8 OS processes (spawned, each with its own engine) race for
500 open tasks on a real PostgreSQL (tests/servers/postgres.py) and on a SQLite file (WAL).
Every task must be claimed exactly once, by the process that recorded it, with one audit row."""

from __future__ import annotations

import json
import multiprocessing
import sys
import time
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:  # make "tests.servers" importable however pytest is started
    sys.path.insert(0, str(_ROOT))

from inquiry_triage.queue.operations import Actor, claim  # noqa: E402
from inquiry_triage.store.db import open_store  # noqa: E402
from inquiry_triage.store.models import AuditRow, InquiryRow, TaskRow  # noqa: E402
from tests.servers.postgres import pg_url, postgres_server  # noqa: E402,F401  (fixtures are used by name)

TASKS = 500
PROCESSES = 8
NOW = datetime(2026, 3, 2, 9, 30, tzinfo=timezone.utc)
TIME_LIMIT = 60.0  # seconds for the race itself (all processes started), per database
START_LIMIT = 120.0  # seconds to spawn the 8 interpreters (slow on a busy 2-CPU machine)
MAX_LOCKED_RETRIES = 2000  # per process; SQLite "database is locked" despite busy_timeout


def _seed(url: str, count: int) -> list[int]:
    """`count` open tasks (grades and deadlines mixed), one triaged inquiry each."""
    engine, sessions = open_store(url)
    try:
        with sessions.begin() as s:
            for n in range(count):
                inquiry = InquiryRow(message_id=f"<race-{n}@example.com>", source="test", channel="email",
                                     status="triaged", grade="ABCD"[n % 4], suspicious=False, result={},
                                     triaged_at=NOW - timedelta(hours=1))
                inquiry.tasks.append(TaskRow(kind="reply", state="open", grade="ABCD"[n % 4],
                                             due_at=NOW + timedelta(minutes=(n * 7919) % 997),
                                             created_at=NOW - timedelta(hours=1)))
                s.add(inquiry)
        with sessions() as s:
            return list(s.scalars(select(TaskRow.id).order_by(TaskRow.id)))
    finally:
        engine.dispose()


def _claim_until_empty(url: str, index: int, now_iso: str, out: str, barrier) -> None:  # type: ignore[no-untyped-def]
    """One process (agent<index>): claim until claim() returns None; write what it got to `out`."""
    now = datetime.fromisoformat(now_iso)
    engine, sessions = open_store(url)
    actor = Actor(f"agent{index}")
    claimed: list[int] = []
    locked_retries = 0
    early_nones: list[int] = []  # claim() said "nothing left" while this many tasks were still open
    error = ""
    seconds = 0.0
    try:
        barrier.wait(timeout=START_LIMIT)
        began = time.monotonic()
        while True:
            try:
                with sessions.begin() as s:
                    task = claim(s, actor, now)
                    task_id = task.id if task is not None else None
            except OperationalError as exc:
                # The transaction was rolled back, so nothing was claimed: try again.
                if engine.dialect.name == "sqlite" and "database is locked" in str(exc) \
                        and locked_retries < MAX_LOCKED_RETRIES:
                    locked_retries += 1
                    continue
                raise
            if task_id is not None:
                claimed.append(task_id)  # recorded only once the claim is committed
                continue
            # None. Open tasks only ever decrease here, so any still open now were open then.
            with sessions() as s:
                still_open = s.scalar(select(func.count()).select_from(TaskRow).where(TaskRow.state == "open"))
            if not still_open:
                break
            early_nones.append(still_open)
        seconds = time.monotonic() - began
    except BaseException as exc:  # reported to the parent, which fails the test with it
        error = f"{type(exc).__name__}: {exc}"
    finally:
        engine.dispose()
        Path(out).write_text(json.dumps({"actor": actor.name, "claimed": claimed, "locked_retries": locked_retries,
                                         "early_nones": early_nones, "seconds": seconds, "error": error}))


@pytest.fixture(params=["postgresql", "sqlite"])
def race_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "postgresql":
        return request.getfixturevalue("pg_url")
    return f"sqlite:///{tmp_path / 'race.db'}"


def test_concurrent_claims_take_every_task_exactly_once(race_url: str, tmp_path: Path) -> None:
    """(On PostgreSQL a failure report carries the server log: see tests/servers/postgres.py.)"""
    task_ids = _seed(race_url, TASKS)
    assert len(task_ids) == TASKS

    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(PROCESSES)
    outputs = [tmp_path / f"agent{i}.json" for i in range(PROCESSES)]
    processes = [ctx.Process(target=_claim_until_empty, name=f"claimer-{i}",
                             args=(race_url, i, NOW.isoformat(), str(outputs[i]), barrier))
                 for i in range(PROCESSES)]
    started = time.monotonic()
    for process in processes:
        process.start()
    try:
        for process in processes:
            process.join(timeout=max(1.0, START_LIMIT + TIME_LIMIT - (time.monotonic() - started)))
    finally:
        for process in processes:  # only our own children, by their handles
            if process.is_alive():
                process.kill()
                process.join(5)
    elapsed = time.monotonic() - started
    hung = [p.name for p in processes if p.exitcode is None or p.exitcode < 0]
    assert not hung, f"claimer processes did not finish: {hung}"

    missing = {p.name: p.exitcode for p, out in zip(processes, outputs) if not out.exists()}
    assert not missing, f"claimer processes died without a result (exit codes): {missing}"
    results = [json.loads(path.read_text()) for path in outputs]
    errors = {r["actor"]: r["error"] for r in results if r["error"]}
    assert not errors, f"claimers failed: {errors}"

    recorded_by: dict[int, list[str]] = {}
    for result in results:
        for task_id in result["claimed"]:
            recorded_by.setdefault(task_id, []).append(result["actor"])
    twice = {task_id: who for task_id, who in recorded_by.items() if len(who) > 1}
    assert not twice, f"tasks claimed more than once: {twice}"
    assert sum(len(r["claimed"]) for r in results) == TASKS
    assert set(recorded_by) == set(task_ids), f"never claimed: {sorted(set(task_ids) - set(recorded_by))[:20]}"

    engine, sessions = open_store(race_url)
    try:
        with sessions() as s:
            rows = s.execute(select(TaskRow.id, TaskRow.state, TaskRow.assignee, TaskRow.claimed_at)).all()
            audits = s.execute(select(AuditRow.task_id, AuditRow.actor, AuditRow.inquiry_id)
                               .where(AuditRow.action == "claim")).all()
            other_audits = s.scalar(select(func.count()).select_from(AuditRow).where(AuditRow.action != "claim"))
            task_inquiry = dict(s.execute(select(TaskRow.id, TaskRow.inquiry_id)).all())
    finally:
        engine.dispose()

    # No lost updates: the row says what the process that committed the claim recorded.
    assert len(rows) == TASKS
    wrong = [(tid, state, assignee, recorded_by[tid][0]) for tid, state, assignee, _ in rows
             if state != "claimed" or assignee != recorded_by[tid][0]]
    assert not wrong, f"state/assignee differs from the recording process (id, state, assignee, recorder): {wrong[:20]}"
    claimed_at = {(at if at.tzinfo else at.replace(tzinfo=timezone.utc)) for *_, at in rows}
    assert claimed_at == {NOW}

    assert len(audits) == TASKS
    assert other_audits == 0
    assert Counter(task_id for task_id, _, _ in audits) == Counter(task_ids)  # one "claim" row per task
    assert all(actor == recorded_by[task_id][0] for task_id, actor, _ in audits)
    assert all(inquiry_id == task_inquiry[task_id] for task_id, _, inquiry_id in audits)

    claimers = sum(1 for r in results if r["claimed"])
    early = [n for r in results for n in r["early_nones"]]
    retries = sum(r["locked_retries"] for r in results)
    print(f"\n{race_url.split(':')[0]}: {TASKS} tasks, {PROCESSES} processes, {elapsed:.1f} s with start-up; "
          f"per process {[len(r['claimed']) for r in results]}; locked retries {retries}; "
          f"claiming took {max(r['seconds'] for r in results):.1f} s; "
          f"claim() returned None {len(early)} times while tasks were still open "
          f"(up to {max(early, default=0)} open)")
    assert claimers >= 2, "the claims did not overlap at all (only one process got tasks)"
    racing = max(r["seconds"] for r in results)
    assert racing < TIME_LIMIT, f"the claims took {racing:.1f} s"
