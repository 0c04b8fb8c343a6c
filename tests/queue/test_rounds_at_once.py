"""Two scheduler rounds at once (the daemon and a cron `tick`, or two daemons on one store) make each
follow-up, reminder and escalation once, on SQLite and PostgreSQL (issue 10: exactly-once).

The rounds are forced to overlap where it matters: the first round to reach its write (a batch of
follow-ups, or an escalation) waits until the other round has started the same batch, or 1.5 s. With
the round lock (queue/rounds.lock_round) the other round cannot start it before the first commits:
the wait times out and the other round then finds the work done. Without the lock both rounds read
the same due work and both write it (PostgreSQL), or the second fails on a stale snapshot (SQLite).
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from inquiry_triage.queue import followups as followups_module
from inquiry_triage.queue import rounds as rounds_module
from inquiry_triage.queue.rounds import run_round
from inquiry_triage.store import open_store
from inquiry_triage.store.models import NoteRow, TaskRow

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))
from tests.queue.test_followups_at_scale import SHANGHAI, START, _replied_store  # noqa: E402
from tests.servers.postgres import pg_url, postgres_server  # noqa: E402,F401  (fixtures are used by name)

OVERLAP_WAIT = 1.5  # seconds the first writer waits for the other round to reach the same batch


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request, tmp_path):
    return request.getfixturevalue("pg_url") if request.param == "postgresql" else f"sqlite:///{tmp_path / 's.db'}"


class Overlap:
    """Per stage, an event per round (thread) that it entered the stage's batch; the first write of a
    stage by a round waits for the other round's event."""

    def __init__(self) -> None:
        self.entered: dict[tuple[str, str], threading.Event] = {}
        self.waited: set[tuple[str, str]] = set()
        self.lock = threading.Lock()

    def _event(self, stage: str, who: str) -> threading.Event:
        with self.lock:
            return self.entered.setdefault((stage, who), threading.Event())

    def enter(self, stage: str) -> None:
        self._event(stage, threading.current_thread().name).set()

    def before_write(self, stage: str) -> None:
        me = threading.current_thread().name
        if (stage, me) in self.waited:
            return
        self.waited.add((stage, me))
        other = "b" if me == "a" else "a"
        self._event(stage, other).wait(OVERLAP_WAIT)


def _hook(monkeypatch, overlap: Overlap) -> None:  # type: ignore[no-untyped-def]
    silence_batch, insert = followups_module._silence_batch, followups_module._insert
    remind_batch, recipients = rounds_module._remind_batch, rounds_module.escalation_recipients

    def entering_silence(*args: Any, **kwargs: Any) -> Any:
        overlap.enter("follow-ups")
        return silence_batch(*args, **kwargs)

    def waiting_insert(session, tasks):  # type: ignore[no-untyped-def]
        if tasks:
            overlap.before_write("follow-ups")
        return insert(session, tasks)

    def entering_remind(*args: Any, **kwargs: Any) -> Any:
        overlap.enter("reminders")
        return remind_batch(*args, **kwargs)

    def waiting_recipients(*args: Any, **kwargs: Any) -> Any:
        overlap.before_write("reminders")
        return recipients(*args, **kwargs)

    monkeypatch.setattr(followups_module, "_silence_batch", entering_silence)
    monkeypatch.setattr(followups_module, "_insert", waiting_insert)
    monkeypatch.setattr(rounds_module, "_remind_batch", entering_remind)
    monkeypatch.setattr(rounds_module, "escalation_recipients", waiting_recipients)


def test_two_rounds_at_once_make_each_follow_up_and_escalation_once(url, monkeypatch):
    engine, sessions = open_store(url)
    _replied_store(sessions, 20)  # no round ran before: all 20 re-armed and due; 5 reply tasks overdue
    _hook(monkeypatch, Overlap())
    reports: dict[str, Any] = {}
    failures: list[BaseException] = []

    def one_round(name: str) -> None:
        other_engine, other_sessions = open_store(url)  # its own engine: as another process
        try:
            reports[name] = run_round(other_sessions, START, calendar=SHANGHAI, by=name)
        except BaseException as exc:  # noqa: BLE001  (reported below, with the thread's name)
            failures.append(exc)
        finally:
            other_engine.dispose()

    threads = [threading.Thread(target=one_round, args=(name,), name=name) for name in ("a", "b")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    try:
        assert not failures, failures
        with sessions() as s:
            made = s.execute(select(TaskRow.inquiry_id, TaskRow.attempt).where(TaskRow.rule == "silent-buyer")).all()
            escalations = s.scalars(select(NoteRow.task_id).where(NoteRow.action == "escalate")).all()
            marked = s.scalar(select(func.count()).select_from(TaskRow).where(TaskRow.escalated_at.is_not(None)))
        assert len(made) == len(set(made)) == 20
        assert sum(len(r.planned) for r in reports.values()) == 20  # each follow-up reported by one round
        assert len(escalations) == len(set(escalations)) == marked == 5
        assert sum(len(r.escalated) for r in reports.values()) == 5  # each escalation sent by one round
    finally:
        engine.dispose()
