"""The scheduler runs without a mailbox: `inquiry-triage tick` (one round, for cron) and the daemon
with zero mailboxes run the same round (queue/rounds.py): snoozes wake, overdue tasks are escalated
with a note naming who was told, and each round leaves its heartbeat row for `status`.
`tick` on SQLite and PostgreSQL; the daemon as a real subprocess on SQLite."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from inquiry_triage.cli import main
from inquiry_triage.store.db import open_store
from inquiry_triage.store.models import AuditRow, InquiryRow, NoteRow, TaskRow
from tests.servers.postgres import db_url, pg_url, postgres_server  # noqa: F401  (fixtures are used by name)
from tests.servers.postgres import store_on_both as db  # noqa: F401  (both databases: (url, sessions))

ROOT = Path(__file__).resolve().parents[2]
UTC = timezone.utc
NOW = datetime(2026, 3, 10, 3, 0, tzinfo=UTC)  # Tuesday 11:00 in Shanghai: the seller is open


def add_task(sessions: sessionmaker[Session], n: int, *, state: str = "open", due: datetime,
             snoozed_until: datetime | None = None, assignee: str | None = None) -> int:
    with sessions.begin() as s:
        row = InquiryRow(message_id=f"<t{n}@x>", source="t", channel="email", status="triaged", grade="B",
                         suspicious=False, result={}, triaged_at=NOW - timedelta(days=1), from_addr=f"b{n}@buyer.example",
                         buyer_key=f"b{n}@buyer.example", subject=f"RFQ {n}")
        row.tasks.append(TaskRow(kind="reply", state=state, grade="B", due_at=due, created_at=NOW - timedelta(days=1),
                                 snoozed_until=snoozed_until, assignee=assignee))
        s.add(row)
        s.flush()
        return row.tasks[0].id


def tick(url: str, now: datetime, capsys: pytest.CaptureFixture[str], *extra: str) -> dict:
    capsys.readouterr()
    assert main(["tick", "--db", url, "--now", now.isoformat(), "--format", "json", *extra]) == 0
    return json.loads(capsys.readouterr().out)


def state(sessions: sessionmaker[Session], task_id: int) -> str:
    with sessions() as s:
        return s.get_one(TaskRow, task_id).state


def test_tick_wakes_a_snoozed_task_with_no_mailbox_configured(db, capsys, monkeypatch) -> None:
    monkeypatch.delenv("INQUIRY_TRIAGE_CONFIG", raising=False)  # the defaults: no [mailboxes] at all
    url, sessions = db
    wake_at = NOW + timedelta(hours=2)
    snoozed = add_task(sessions, 1, state="snoozed", due=NOW + timedelta(days=2), snoozed_until=wake_at)
    mine = add_task(sessions, 2, state="snoozed", due=NOW + timedelta(days=2), snoozed_until=wake_at, assignee="alice")

    before = tick(url, wake_at - timedelta(minutes=1), capsys)
    assert before["woken"] == [] and before["by"] == "tick"
    assert state(sessions, snoozed) == "snoozed"

    after = tick(url, wake_at, capsys)
    assert sorted(after["woken"]) == sorted([snoozed, mine])
    assert (state(sessions, snoozed), state(sessions, mine)) == ("open", "claimed")  # back to its owner
    assert tick(url, wake_at + timedelta(minutes=5), capsys)["woken"] == []  # once

    with sessions() as s:
        beats = s.scalars(select(AuditRow).where(AuditRow.action == "tick").order_by(AuditRow.id)).all()
    assert [b.detail["woken"] for b in beats] == [0, 2, 0] and {b.detail["by"] for b in beats} == {"tick"}


def test_tick_escalates_overdue_tasks_once_with_a_note_naming_who_was_told(db, capsys, tmp_path, monkeypatch) -> None:
    url, sessions = db
    overdue = add_task(sessions, 3, due=NOW - timedelta(minutes=10))
    soon = add_task(sessions, 4, due=NOW + timedelta(minutes=30))
    later = add_task(sessions, 5, due=NOW + timedelta(days=1))

    first = tick(url, NOW, capsys)
    assert [e["task"] for e in first["escalated"]] == [overdue] and first["reminded"] == [soon]
    assert "nobody notified" in first["escalated"][0]["to"]
    assert tick(url, NOW + timedelta(minutes=5), capsys)["escalated"] == []  # once each

    # With a team address and SMTP set up, the note names the address (the send itself fails here:
    # nothing listens on that port; a failed send is reported, the round still completes).
    config = tmp_path / "n.toml"
    config.write_text('[notifications]\nteam_address = "sales@our.example"\n'
                      '[notifications.smtp]\nhost = "127.0.0.1"\nport = 9\nsecurity = "plain"\nsender = "t@our.example"\n')
    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", str(config))
    third = tick(url, NOW + timedelta(days=2), capsys)
    assert sorted(e["task"] for e in third["escalated"]) == [soon, later]  # "soon" was only reminded before
    assert {e["to"] for e in third["escalated"]} == {"sales@our.example"} and third["sent"]["failed"] == 1
    with sessions() as s:
        notes = s.scalars(select(NoteRow).where(NoteRow.action == "escalate").order_by(NoteRow.id)).all()
    assert [(n.task_id, n.author) for n in notes] == [(t, "inquiry-triage") for t in (overdue, soon, later)]
    assert "escalated to sales@our.example" in notes[2].content


def test_a_first_tick_on_a_big_backlog_prints_a_summary_and_json_keeps_every_task(db, capsys) -> None:
    url, sessions = db
    overdue = [add_task(sessions, n, due=NOW - timedelta(hours=n + 1)) for n in range(45)]
    soon = [add_task(sessions, 100 + n, due=NOW + timedelta(minutes=20)) for n in range(3)]
    capsys.readouterr()
    assert main(["tick", "--db", url, "--now", NOW.isoformat()]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].endswith("0 woken, 0 follow-up(s) planned, 3 reminded, 45 escalated")
    assert lines[1] == "  escalated to: nobody notified ([notifications] not set up): shown in the queue (45)"
    details = [line for line in lines if line.startswith("  overdue, escalated: task ") or
               line.startswith("  due within the hour: task ")]
    assert len(details) == 20 and lines[-1] == "  ... and 28 more; --format json for all"  # 48 tasks in all
    assert len(lines) <= 25

    # The same backlog as JSON (a fresh round over the same tasks): every task is listed.
    with sessions.begin() as s:
        for task in s.scalars(select(TaskRow)):
            task.escalated_at = task.reminded_at = None
    report = tick(url, NOW, capsys)
    assert sorted(e["task"] for e in report["escalated"]) == overdue and report["reminded"] == soon


def test_tick_table_output_and_bad_now(tmp_path, capsys) -> None:
    url = f"sqlite:///{tmp_path / 'x.db'}"
    assert main(["tick", "--db", url, "--now", NOW.isoformat()]) == 0
    assert "scheduler round at 2026-03-10 11:00 (seller's clock): 0 woken" in capsys.readouterr().out  # the shipped Asia/Shanghai
    assert main(["tick", "--db", url, "--now", "2026-03-10T03:00"]) == 2  # no offset: refused
    assert main(["tick", "--db", url, "--now", "yesterday"]) == 2


def test_the_daemon_runs_its_scheduler_with_zero_mailboxes(tmp_path) -> None:
    db_path = tmp_path / "d.db"
    url = f"sqlite:///{db_path}"
    engine, sessions = open_store(url)
    real_now = datetime.now(UTC)
    snoozed = add_task(sessions, 6, state="snoozed", due=real_now + timedelta(days=3),
                       snoozed_until=real_now - timedelta(minutes=1))
    overdue = add_task(sessions, 7, due=real_now - timedelta(hours=1))
    engine.dispose()
    config = tmp_path / "d.toml"
    config.write_text("[scheduler]\ninterval_minutes = 0.5\n")  # no [mailboxes]
    env = {**os.environ, "INQUIRY_TRIAGE_CONFIG": ""}
    daemon = subprocess.Popen([sys.executable, "-m", "inquiry_triage", "daemon", "--config", str(config), "--db", url,
                               "--offline"], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        engine, sessions = open_store(url)
        deadline = time.monotonic() + 120  # generous: a busy 2-core box
        beat = None
        while time.monotonic() < deadline and daemon.poll() is None:
            with sessions() as s:
                beat = s.scalars(select(AuditRow).where(AuditRow.action == "tick")).first()
            if beat is not None:
                break
            time.sleep(0.3)
        assert beat is not None, f"no scheduler round; daemon exited {daemon.poll()}"
        assert beat.detail["by"] == "daemon" and beat.detail["woken"] == 1 and beat.detail["escalated"] == 1
        assert state(sessions, snoozed) == "open"
        with sessions() as s:
            assert s.get_one(TaskRow, overdue).escalated_at is not None
        engine.dispose()
    finally:
        daemon.send_signal(signal.SIGTERM)
        out, _ = daemon.communicate(timeout=60)
    assert daemon.returncode == 0, out
    assert "0 mailbox(es): none (scheduler only" in out and "daemon stopped" in out


def test_a_snooze_from_the_command_line_wakes_through_tick(tmp_path, capsys, monkeypatch) -> None:
    monkeypatch.delenv("INQUIRY_TRIAGE_CONFIG", raising=False)
    url = f"sqlite:///{tmp_path / 's.db'}"
    engine, sessions = open_store(url)
    task = add_task(sessions, 8, due=datetime.now(UTC) + timedelta(days=5))
    capsys.readouterr()
    assert main(["queue", "snooze", str(task), "--until", "2020-01-01T10:00", "--db", url, "--user", "sam"]) == 2
    assert "not in the future" in capsys.readouterr().err
    assert main(["queue", "snooze", str(task), "--until", "soonish", "--db", url, "--user", "sam"]) == 2
    assert state(sessions, task) == "open"

    assert main(["queue", "snooze", str(task), "--until", "mon 10:00", "--db", url, "--user", "sam"]) == 0
    assert "(seller's clock)" in capsys.readouterr().out
    with sessions() as s:
        wake = s.get_one(TaskRow, task).snoozed_until
    wake = wake.replace(tzinfo=UTC) if wake.tzinfo is None else wake
    local = wake.astimezone(ZoneInfo("Asia/Shanghai"))  # the default seller clock: Monday 10:00, or the next opening
    assert (local.hour, local.minute) in ((10, 0), (9, 0)) and local.weekday() in range(5)
    assert tick(url, wake - timedelta(seconds=1), capsys)["woken"] == []
    assert tick(url, wake, capsys)["woken"] == [task]
    assert state(sessions, task) == "open"
    engine.dispose()
