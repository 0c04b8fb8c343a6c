"""Regressions for bugs a review found: each would have stopped a mailbox, leaked a secret, or let
an agent around the roles."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

from inquiry_triage.config import load_config
from inquiry_triage.pipeline import build_context, triage
from inquiry_triage.queue.followups import plan
from inquiry_triage.scheduling.deadlines import calendar_from_config
from inquiry_triage.store import open_store
from inquiry_triage.store.models import InquiryRow, TaskRow
from inquiry_triage.store.queue import save_result

ROOT = Path(__file__).resolve().parents[1]
CTX = build_context(load_config(None), offline=True)


def test_a_very_long_message_id_twice_is_a_duplicate_not_a_crash(tmp_path):
    sessions = open_store(f"sqlite:///{tmp_path / 'l.db'}")[1]
    long_id = "x" * 700
    with sessions.begin() as s:
        assert save_result(s, triage({"id": long_id, "body": "need 100 pcs"}, CTX)) is not None
    with sessions.begin() as s:  # same id, other content: its own item, flagged (issue 8: never dropped)
        second = save_result(s, triage({"id": long_id, "body": "different text"}, CTX))
        assert second is not None and second.duplicate_of is not None
    with sessions.begin() as s:  # an identical re-run adds nothing
        assert save_result(s, triage({"id": long_id, "body": "different text"}, CTX)) is None


def test_odd_date_offsets_and_years_still_triage():
    for date in ("Mon, 16 Nov 2026 10:00:00 -1300", "Fri, 31 Dec 9999 10:00:00 -1200", "Mon, 1 Jan 0001 00:00:00 +0000"):
        raw = f"From: a@b.example\r\nSubject: RFQ\r\nDate: {date}\r\n\r\nWe need 100 pcs.\r\n".encode()
        result = triage(raw, CTX)
        assert result.error is None and result.reply_due is not None, (date, result.error)
        assert result.reply_due < datetime.now(timezone.utc) + timedelta(days=30)


def test_the_database_password_is_never_printed(tmp_path):
    result = subprocess.run([sys.executable, "-m", "inquiry_triage", "queue", "--db",
                             "postgresql+nosuchdriver://sales:S3cretPW@db.example/triage"],
                            capture_output=True, text=True, cwd=ROOT, env={**os.environ, "INQUIRY_TRIAGE_CONFIG": ""})
    assert result.returncode == 2 and "S3cretPW" not in result.stdout + result.stderr


def test_agents_cannot_reach_suspicious_inquiries_by_any_door(tmp_path):
    config = tmp_path / "team.toml"
    config.write_text('[team]\ndefault_role = "agent"\n')
    db = f"sqlite:///{tmp_path / 'r.db'}"
    env = {**os.environ, "INQUIRY_TRIAGE_CONFIG": str(config), "INQUIRY_TRIAGE_USER": "alice"}

    def cli(*args):
        return subprocess.run([sys.executable, "-m", "inquiry_triage", *args, "--db", db], capture_output=True,
                              text=True, cwd=ROOT, env=env, timeout=120)

    assert cli("triage", str(ROOT / "fixtures" / "emails" / "john_tom36_fake_order.eml"), "--offline").returncode == 0
    assert cli("queue", "--suspicious").returncode == 4
    assert cli("queue", "show", "1").returncode == 4
    assert cli("queue", "done", "1").returncode == 4
    assert json.loads(cli("queue", "--format", "json").stdout) == []


def test_notices_and_greetings_once_per_buyer(tmp_path):
    sessions = open_store(f"sqlite:///{tmp_path / 'f.db'}")[1]
    calendar = calendar_from_config({"timezone": "Asia/Shanghai", "country": "CN"})
    start = datetime(2026, 9, 22, 2, tzinfo=timezone.utc)

    def buyer_writes(n, when):
        with sessions.begin() as s:
            row = InquiryRow(message_id=f"m{n}", source="t", channel="email", status="triaged", grade="B", score=5,
                             suspicious=False, triaged_at=when, received_at=when, result={}, buyer_key="b@x.example",
                             country="DE")
            row.tasks.append(TaskRow(kind="reply", state="done", grade="B", due_at=when, created_at=when))
            s.add(row)

    buyer_writes(1, start - timedelta(days=5))
    made = []
    for day in range(20):  # every day from before National Day until after it
        if day == 3:
            buyer_writes(2, start + timedelta(days=3))  # the buyer writes again in between
        with sessions.begin() as s:
            made += [(t.kind, t.rule) for t in plan(s, start + timedelta(days=day), calendar=calendar)]
    notices = [rule for kind, rule in made if kind == "notice"]
    assert notices == ["closure-notice:2026-10-01"]
    greetings = [rule for kind, rule in made if kind == "greeting"]
    assert len(greetings) == len(set(greetings)) and "holiday-greeting:DE:2026-10-03" in greetings
