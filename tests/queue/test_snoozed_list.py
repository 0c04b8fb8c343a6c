"""Snoozed tasks can be listed (queue/views.snoozed_list, the store's paged query with
QueueFilter.states = ("snoozed",)): they are out of the open list until they wake, so the snoozed
list shows them with their wake times, on SQLite and PostgreSQL; the CLI's `queue --snoozed` and the
web's "snoozed" filter read it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from inquiry_triage.queue.operations import Actor, claim, snooze
from inquiry_triage.queue.views import snoozed_count, snoozed_list
from inquiry_triage.store.models import InquiryRow, TaskRow
from inquiry_triage.store.queue import QueueFilter, queue_page
from tests.servers.postgres import db_url, pg_url, postgres_server, store_on_both as store  # noqa: F401

ROOT = Path(__file__).resolve().parents[2]
UTC = timezone.utc
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
ALICE, BOB, LEAD = Actor("alice"), Actor("bob"), Actor("lena", "lead")


def _tasks(sessions, n: int, *, suspicious_every: int = 0) -> list[int]:
    ids = []
    with sessions.begin() as s:
        for i in range(n):
            row = InquiryRow(message_id=f"<s-{i}@example.com>", source="test", channel="email", status="triaged",
                             grade="ABCD"[i % 4], suspicious=bool(suspicious_every and i % suspicious_every == 0),
                             result={}, triaged_at=T0, buyer_key=f"b{i}@example.com", from_addr=f"b{i}@example.com")
            row.tasks.append(TaskRow(kind="reply", state="open", grade=row.grade, due_at=T0 + timedelta(hours=i),
                                     created_at=T0))
            s.add(row)
            s.flush()
            ids.append(row.tasks[0].id)
    return ids


def test_snoozed_tasks_are_listed_with_their_wake_times_paged_and_filtered(store) -> None:
    _, sessions = store
    ids = _tasks(sessions, 7, suspicious_every=6)  # task 0 and 6 suspicious
    wake = T0 + timedelta(days=2)
    with sessions.begin() as s:
        for i in (1, 2, 3):
            claim(s, ALICE, T0, ids[i])
            snooze(s, ALICE, T0, ids[i], until=wake + timedelta(hours=i))
        claim(s, BOB, T0, ids[4])
        snooze(s, BOB, T0, ids[4], until_buyer_writes=True)
        claim(s, LEAD, T0, ids[0])
        snooze(s, LEAD, T0, ids[0], until=wake)
    mine = QueueFilter(assignee="alice")
    with sessions() as s:
        # The open list leaves them out (the finding): alice's list is empty ...
        assert queue_page(s, filters=mine, now=T0).entries == []
        # ... the snoozed list has them, with when each wakes, in the list's order (grade, then deadline).
        listing = snoozed_list(s, ALICE, mine, T0, limit=50)
        assert [e.task_id for e in listing.page.entries] == [ids[1], ids[2], ids[3]]
        assert {i: (w.at, w.on_buyer_reply) for i, w in listing.wakes.items()} == {
            ids[i]: (wake + timedelta(hours=i), False) for i in (1, 2, 3)}
        assert snoozed_count(s, ALICE, mine, T0) == (3, False)
        # Paged in SQL: two a page.
        second = snoozed_list(s, ALICE, mine, T0, limit=2, offset=2)
        assert [e.task_id for e in second.page.entries] == [ids[3]] and second.page.total == 3
        # Everyone's: an agent does not see the suspicious one the lead snoozed; the lead does.
        everyone = snoozed_list(s, ALICE, QueueFilter(), T0, limit=50)
        assert sorted(e.task_id for e in everyone.page.entries) == sorted([ids[1], ids[2], ids[3], ids[4]])
        assert everyone.wakes[ids[4]].at is None and everyone.wakes[ids[4]].on_buyer_reply
        lead = snoozed_list(s, LEAD, QueueFilter(), T0, limit=50)
        assert ids[0] in [e.task_id for e in lead.page.entries]
        assert [e.task_id for e in snoozed_list(s, ALICE, QueueFilter(grades=("C",)), T0, limit=50).page.entries] \
            == [ids[2]]


def cli(*args: str, user: str = "alice") -> subprocess.CompletedProcess:
    env = {**os.environ, "INQUIRY_TRIAGE_USER": user, "INQUIRY_TRIAGE_CONFIG": ""}
    return subprocess.run([sys.executable, "-m", "inquiry_triage", *args], capture_output=True, text=True, cwd=ROOT,
                          env=env, timeout=120)


def test_queue_snoozed_on_the_command_line(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'day.db'}"
    assert cli("triage", str(ROOT / "fixtures"), "--db", db, "--offline").returncode == 0
    top = json.loads(cli("queue", "--db", db, "--format", "json").stdout)[0]["id"]
    assert cli("queue", "claim", str(top), "--db", db).returncode == 0
    assert cli("queue", "snooze", str(top), "--until", "2d", "--db", db).returncode == 0
    empty = cli("queue", "--mine", "--db", db)
    assert empty.returncode == 0 and "No open task matches." in empty.stdout
    assert "1 snoozed (not shown): `queue --snoozed --mine`" in empty.stdout
    other = cli("queue", "--assignee", "alice", "--db", db, user="dave")  # the footnote names whose, not NAME
    assert "1 snoozed (not shown): `queue --snoozed --assignee alice`" in other.stdout, other.stdout
    listed = cli("queue", "--snoozed", "--mine", "--db", db)
    assert listed.returncode == 0 and "WAKES" in listed.stdout
    assert [line.split()[0] for line in listed.stdout.splitlines()[1:] if line.strip()][0] == str(top)
    data = json.loads(cli("queue", "--snoozed", "--db", db, "--format", "json").stdout)
    assert [(t["id"], t["state"], t["assignee"]) for t in data] == [(top, "snoozed", "alice")]
    assert datetime.fromisoformat(data[0]["wakes"]) > datetime.now(UTC) and not data[0]["wakes_on_buyer_reply"]
    assert "No snoozed task matches." in cli("queue", "--snoozed", "--mine", "--db", db, user="dave").stdout


def test_the_web_queue_has_a_snoozed_filter_with_wake_times(tmp_path: Path, monkeypatch) -> None:
    pytest.importorskip("starlette")
    from inquiry_triage.config import load_config
    from inquiry_triage.store import open_store
    from inquiry_triage.web.app import create_app
    from tests.web.web_store import logged_in, open_reply_task, triaged_store

    engine, sessions = open_store(triaged_store(tmp_path / "web.db"))
    try:
        monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
        app = create_app(load_config(None), sessions)
        task_id = open_reply_task(sessions)
        now = datetime.now(UTC)
        with sessions.begin() as s:
            claim(s, ALICE, now, task_id)
            snooze(s, ALICE, now, task_id, until=now + timedelta(days=3))
        c = logged_in(app, "alice")
        page = c.get("/").text
        assert 'name="snoozed"' in page and f'data-task="{task_id}"' not in page
        assert f'data-task="{task_id}"' not in c.get("/?mine=1").text
        snoozed = c.get("/?snoozed=1&mine=1").text
        assert f'data-task="{task_id}"' in snoozed and "badge-snoozed" in snoozed and "wakes " in snoozed
        assert 'name="snoozed" value="1" checked' in snoozed
        rows = c.get("/queue/rows?snoozed=1").text  # the polled rows keep the filter
        assert f'data-task="{task_id}"' in rows
    finally:
        engine.dispose()
