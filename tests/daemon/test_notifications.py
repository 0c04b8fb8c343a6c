"""Reminders reach people: a real SMTP server (aiosmtpd) and a real HTTP webhook on loopback."""

from __future__ import annotations

import json
import threading
from datetime import datetime, timedelta, timezone
from email import message_from_bytes
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from inquiry_triage.daemon import collect_reminders
from inquiry_triage.notify import deliver
from inquiry_triage.store import open_store
from inquiry_triage.store.models import InquiryRow, TaskRow
from tests.servers.dnsmasq import free_port
from tests.servers.smtp import smtp_inbox

NOW = datetime(2026, 11, 23, 2, 0, tzinfo=timezone.utc)


@pytest.fixture
def smtp_server():
    with smtp_inbox() as running:
        yield running


@pytest.fixture
def webhook():
    received: list[dict] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802
            received.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/hook", received
    server.shutdown()


def seed(tmp_path):
    sessions = open_store(f"sqlite:///{tmp_path / 'n.db'}")[1]
    with sessions.begin() as s:
        for n, (due, assignee) in enumerate([(NOW - timedelta(hours=1), "alice"), (NOW + timedelta(minutes=30), None),
                                             (NOW + timedelta(days=2), "alice")]):
            row = InquiryRow(message_id=f"m{n}", source="t", channel="email", status="triaged", grade="A", score=7,
                             suspicious=False, triaged_at=NOW, result={}, from_addr=f"b{n}@acme.example",
                             subject=f"RFQ {n} <b>500 pcs</b>")
            row.tasks.append(TaskRow(kind="reply", state="claimed" if assignee else "open", grade="A", due_at=due,
                                     created_at=NOW, assignee=assignee))
            s.add(row)
    return sessions


def test_due_and_overdue_reminders_by_email_and_webhook_once(tmp_path, smtp_server, webhook):
    controller, inbox = smtp_server
    url, received = webhook
    sessions = seed(tmp_path)
    with sessions.begin() as s:
        reminders = collect_reminders(s, NOW)
    assert sorted(r.state for r in reminders) == ["due", "overdue"]
    config = {"team_address": "team@our-factory.example", "members": {"alice": "alice@our-factory.example"},
              "smtp": {"host": "127.0.0.1", "port": controller.port, "security": "plain",
                       "sender": "triage@our-factory.example"},
              "webhook": {"url": url}}
    assert deliver(reminders, config) == {"email": 2, "webhook": 1, "failed": 0}
    to = sorted(rcpt for _, rcpts, _ in inbox.messages for rcpt in rcpts)
    assert to == ["alice@our-factory.example", "team@our-factory.example"]
    alice = next(message_from_bytes(c) for _, r, c in inbox.messages if r == ["alice@our-factory.example"])
    assert "overdue" in alice["Subject"] and "RFQ 0" in alice.get_payload()
    assert len(received) == 1 and len(received[0]["tasks"]) == 2
    with sessions.begin() as s:
        assert collect_reminders(s, NOW + timedelta(minutes=5)) == []  # once each


def test_a_failing_channel_is_reported_not_raised(tmp_path):
    sessions = seed(tmp_path)
    with sessions.begin() as s:
        reminders = collect_reminders(s, NOW)
    config = {"team_address": "t@x.example", "smtp": {"host": "127.0.0.1", "port": free_port(), "security": "plain",
                                                      "sender": "a@x.example"},
              "webhook": {"url": f"http://127.0.0.1:{free_port()}/nothing"}}
    assert deliver(reminders, config)["failed"] == 2
    assert deliver(reminders, {"smtp": {"host": "smtp.example.com", "security": "plain", "sender": "a@x"},
                               "team_address": "t@x"})["failed"] == 1
