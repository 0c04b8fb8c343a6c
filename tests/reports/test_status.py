"""`status` (reports/status.py): a mailbox is stale by its own interval, the scheduler by its
rounds (daemon or cron `tick`); the command exits 3 when something needs attention, 0 when
healthy. `now` fixed; SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy.orm import Session, sessionmaker

from inquiry_triage.cli import main
from inquiry_triage.queue.rounds import run_round
from inquiry_triage.reports.status import Expectations, collect_status, expectations_from_config, render_status
from inquiry_triage.store.db import open_store
from inquiry_triage.store.models import InquiryRow, MailboxFolderRow, TaskRow
from tests.servers.postgres import db_url, pg_url, postgres_server  # noqa: F401  (fixtures are used by name)
from tests.servers.postgres import store_on_both as store  # noqa: F401  (both databases: (url, sessions))

UTC = timezone.utc
NOW = datetime(2026, 3, 10, 3, 0, tzinfo=UTC)


def polled(sessions: sessionmaker[Session], mailbox: str, minutes_ago: float) -> None:
    with sessions.begin() as s:
        s.add(MailboxFolderRow(mailbox=mailbox, folder="INBOX", last_success_at=NOW - timedelta(minutes=minutes_ago),
                               last_poll_at=NOW - timedelta(minutes=minutes_ago)))


def state(sessions: sessionmaker[Session], now: datetime, expect: Expectations) -> dict:
    with sessions() as s:
        return collect_status(s, now, expect)


def test_each_mailbox_is_stale_by_its_own_interval(store) -> None:
    _, sessions = store
    expect = Expectations(mailbox_seconds={"fast": 60, "slow": 900}, any_configured=True, stale_after=3)
    polled(sessions, "fast", 2)   # 2 min ago, every minute: fine until 3 min
    polled(sessions, "slow", 20)  # 20 min ago, every 15 min: fine until 45 min
    polled(sessions, "gone", 600)  # no longer configured: reported, not counted
    data = state(sessions, NOW, expect)
    assert {m["mailbox"]: m["state"] for m in data["mailboxes"]} == {"fast": "ok", "slow": "ok", "gone": "not configured"}
    assert data["healthy"] and data["attention"] == []

    later = state(sessions, NOW + timedelta(minutes=2), expect)  # fast: 4 min > 3 x 1 min
    assert {m["mailbox"]: m["state"] for m in later["mailboxes"]}["fast"] == "stale"
    assert not later["healthy"] and later["attention"] == ["mailbox fast/INBOX is stale"]
    assert {m["mailbox"]: m["state"] for m in state(sessions, NOW + timedelta(minutes=26), expect)["mailboxes"]}["slow"] == "stale"

    # Mailboxes given by --url (none configured): every polled one counts, with the default interval (120 s).
    url_only = state(sessions, NOW, Expectations())
    assert {m["mailbox"]: m["state"] for m in url_only["mailboxes"]} == {"fast": "ok", "slow": "stale", "gone": "stale"}


def test_the_scheduler_heartbeat_goes_stale_when_rounds_stop(store) -> None:
    _, sessions = store
    expect = Expectations(scheduler_minutes=5, stale_after=3)
    fresh = state(sessions, NOW, expect)
    assert fresh["scheduler"]["state"] == "never" and fresh["healthy"]  # nothing waits on it yet

    run_round(sessions, NOW - timedelta(minutes=4), by="daemon")
    ok = state(sessions, NOW, expect)
    assert ok["scheduler"]["state"] == "ok" and ok["scheduler"]["by"] == "daemon" and ok["healthy"]
    assert state(sessions, NOW + timedelta(minutes=11), expect)["healthy"]  # 15 min: still within 3 rounds
    dead = state(sessions, NOW + timedelta(minutes=12), expect)  # 16 min since the last round: the daemon died
    assert dead["scheduler"]["state"] == "stale" and not dead["healthy"]
    assert "scheduler's last round was 16 min ago (by daemon)" in dead["attention"][0]
    assert "NEEDS ATTENTION" in render_status(dead) and "scheduler: STALE" in render_status(dead)


def test_snoozed_tasks_nobody_will_wake_need_attention(store) -> None:
    _, sessions = store
    with sessions.begin() as s:
        row = InquiryRow(message_id="<s@x>", source="t", channel="email", status="triaged", grade="B", result={},
                         triaged_at=NOW - timedelta(days=2))
        row.tasks.append(TaskRow(kind="reply", state="snoozed", grade="B", due_at=NOW + timedelta(days=1),
                                 created_at=NOW - timedelta(days=2), snoozed_until=NOW + timedelta(hours=1)))
        s.add(row)
    assert state(sessions, NOW, Expectations())["healthy"]  # not due to wake yet
    late = state(sessions, NOW + timedelta(hours=2), Expectations())
    assert not late["healthy"] and late["scheduler"]["snoozed_past_wake_up"] == 1
    assert "no scheduler round has ever run" in late["attention"][0]


def test_review_tasks_are_counted_apart_not_as_overdue_replies(store) -> None:
    _, sessions = store
    with sessions.begin() as s:
        for n, kind in enumerate(("review", "review", "reply")):
            row = InquiryRow(message_id=f"<r{n}@x>", source="t", channel="email", status="triaged", grade="D",
                             suspicious=kind == "review", result={}, triaged_at=NOW - timedelta(days=2))
            row.tasks.append(TaskRow(kind=kind, state="open", grade="D", due_at=NOW - timedelta(days=1),
                                     created_at=NOW - timedelta(days=2)))
            s.add(row)
    found = state(sessions, NOW, Expectations())
    queue = found["queue"]
    assert queue["overdue"] == 1 and queue["in_review"] == 2 and queue["open_by_grade"]["D"] == 1
    # An overdue reply and no scheduler ever: nobody will remind or escalate, which needs a look.
    assert not found["healthy"] and "1 overdue reply task(s) and no scheduler round" in found["attention"][0]
    run_round(sessions, NOW, by="tick")
    assert state(sessions, NOW, Expectations())["healthy"]


def test_status_exit_codes_and_json(tmp_path, capsys, monkeypatch) -> None:
    monkeypatch.delenv("INQUIRY_TRIAGE_CONFIG", raising=False)
    url = f"sqlite:///{tmp_path / 'c.db'}"
    engine, sessions = open_store(url)
    now = datetime.now(UTC)
    run_round(sessions, now, by="tick")
    assert main(["status", "--db", url]) == 0
    assert capsys.readouterr().out.startswith("HEALTHY")

    config = tmp_path / "c.toml"
    config.write_text("[mailboxes.sales]\nhost = \"127.0.0.1\"\nuser = \"u\"\npassword_env = \"NOT_SET_ANYWHERE\"\n"
                      "interval = 60\n")
    with sessions.begin() as s:
        s.add(MailboxFolderRow(mailbox="sales", folder="INBOX", last_success_at=now - timedelta(minutes=4)))
    engine.dispose()
    assert main(["status", "--db", url, "--config", str(config), "--format", "json"]) == 3
    data = json.loads(capsys.readouterr().out)
    assert not data["healthy"] and data["mailboxes"][0]["state"] == "stale"
    assert data["mailboxes"][0]["stale_after_seconds"] == 180 and data["scheduler"]["state"] == "ok"
    assert main(["status", "--db", url, "--config", str(config)]) == 3
    assert "! mailbox sales/INBOX is stale" in capsys.readouterr().out


def test_expectations_come_from_the_configuration() -> None:
    class Config(dict):
        def get(self, dotted, default=None):  # type: ignore[no-untyped-def,override]
            node = self
            for part in dotted.split("."):
                if not isinstance(node, dict) or part not in node:
                    return default
                node = node[part]
            return node

    expect = expectations_from_config(Config(mailboxes={"a": {"interval": 30}, "b": {}},
                                             scheduler={"interval_minutes": 2, "stale_after_intervals": 4}))
    assert expect == Expectations(mailbox_seconds={"a": 30.0, "b": 120.0}, any_configured=True, scheduler_minutes=2,
                                  stale_after=4)


def test_inquiries_are_counted_by_status_exactly(store) -> None:
    """triaged = all - the others (counted by their ranges of ix_inquiries_status): the same figures
    as a GROUP BY, whatever the mix, including none of one kind."""
    _, sessions = store
    assert state(sessions, NOW, Expectations())["inquiries"] == {"triaged": 0, "failed": 0, "superseded": 0}
    with sessions.begin() as s:
        for n, status in enumerate(["triaged"] * 7 + ["failed"] * 3 + ["superseded"] * 2):
            s.add(InquiryRow(message_id=f"<c{n}@x>", source="t", channel="email", status=status, result={},
                             triaged_at=NOW - timedelta(hours=n)))
    assert state(sessions, NOW, Expectations())["inquiries"] == {"triaged": 7, "failed": 3, "superseded": 2}
    with sessions.begin() as s:
        s.add(InquiryRow(message_id="<odd@x>", source="t", channel="email", status="zz-other", result={}, triaged_at=NOW))
    assert state(sessions, NOW, Expectations())["inquiries"] == {"triaged": 7, "failed": 3, "superseded": 2}  # others are not triaged


def test_overdue_counts_what_someone_should_act_on_now_not_tasks_snoozed_until_later(store) -> None:
    """A snoozed task is not actionable until its snooze ends: past its deadline, status shows it
    apart ("snoozed_overdue"), not as overdue; once the snooze has ended (the scheduler has not woken
    it yet) it is work due now. report sla still counts every missed deadline (a breach is a breach)."""
    from inquiry_triage.reports.sla import collect_sla

    _, sessions = store
    tasks = [  # (state, due in hours from NOW, snoozed until, until the buyer writes)
        ("open", -5, None, False),  # overdue, actionable
        ("claimed", -1, None, False),  # overdue, actionable
        ("open", +3, None, False),  # actionable, not due yet
        ("snoozed", -4, NOW + timedelta(hours=2), False),  # past due, snoozed until later: not to act on yet
        ("snoozed", -4, None, True),  # past due, waiting for the buyer: not to act on yet
        ("snoozed", -2, NOW - timedelta(minutes=10), False),  # the snooze has ended: overdue, actionable now
        ("snoozed", +6, NOW - timedelta(minutes=10), False),  # the snooze has ended, not due yet
        ("snoozed", +6, NOW + timedelta(hours=1), False),  # snoozed, not due: nothing
    ]
    with sessions.begin() as s:
        for n, (task_state, hours, until, buyer) in enumerate(tasks):
            row = InquiryRow(message_id=f"<z{n}@x>", source="t", channel="email", status="triaged", grade="C",
                             result={}, triaged_at=NOW - timedelta(days=1), received_at=NOW - timedelta(days=1))
            row.tasks.append(TaskRow(kind="reply", state=task_state, grade="C", due_at=NOW + timedelta(hours=hours),
                                     created_at=NOW - timedelta(days=1), snoozed_until=until,
                                     snooze_until_buyer_writes=buyer))
            s.add(row)
    found = state(sessions, NOW, Expectations())
    queue = found["queue"]
    assert queue["overdue"] == 3 and queue["snoozed_overdue"] == 2
    assert queue["open_by_grade"]["C"] == 5  # open, claimed, open, and the two whose snooze has ended
    assert "overdue 3 (to act on now; 2 more past due but snoozed)" in render_status(found)
    with sessions() as s:
        sla = collect_sla(s, now=NOW, since=None)
    assert sla["total"]["overdue"] == 5 and sla["total"]["backlog"] == 8 and sla["total"]["breaches"] == 5


def test_the_headline_says_attention_while_reply_work_is_overdue(store) -> None:
    """Mailboxes and scheduler fine, but replies past their deadline: not "HEALTHY" (the count is
    in the headline); still exit-0 healthy for a monitor. Done, the headline is HEALTHY again."""
    _, sessions = store
    run_round(sessions, NOW - timedelta(minutes=2), by="tick")  # the scheduler runs
    with sessions.begin() as s:
        for n, hours in enumerate((-3, -1, +4)):
            row = InquiryRow(message_id=f"<h{n}@x>", source="t", channel="email", status="triaged", grade="B",
                             result={}, triaged_at=NOW - timedelta(days=1))
            row.tasks.append(TaskRow(kind="reply", state="open", grade="B", due_at=NOW + timedelta(hours=hours),
                                     created_at=NOW - timedelta(days=1)))
            s.add(row)
    found = state(sessions, NOW, Expectations())
    assert found["healthy"] and found["health"] == "overdue work" and found["queue"]["overdue"] == 2
    assert render_status(found).startswith("ATTENTION: 2 overdue reply task(s) to act on now")
    with sessions.begin() as s:
        for task in s.query(TaskRow).filter(TaskRow.due_at < NOW):
            task.state, task.done_at = "done", NOW
    calm = state(sessions, NOW, Expectations())
    assert calm["health"] == "healthy" and render_status(calm).startswith("HEALTHY")
