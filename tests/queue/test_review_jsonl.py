"""A suspicious inquiry's reply deadline: what `triage --format jsonl` emits agrees with the queue.

The queue gives a suspicious inquiry a review task for leads, outside the reply SLA, with no reply
deadline (README "Review before reply"); the JSONL used to print the grade-D reply deadline for it
anyway, a deadline nobody works to. Both now say: no reply_due, the review note instead. A genuine
buyer's line keeps its deadline, and the queue's reply task is due exactly then. On SQLite and
PostgreSQL.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from inquiry_triage.config import load_config
from inquiry_triage.grading import REVIEW_NOTE
from inquiry_triage.pipeline import build_context, triage
from inquiry_triage.store.db import open_store
from inquiry_triage.store.models import as_utc
from inquiry_triage.store.queue import save_result
from tests.servers.postgres import pg_url, postgres_server  # noqa: F401

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)
# The seed's fake order (DOMAIN.md 1.3), from a mailbox with digits in the user name.
SCAM = ("Dear customer service, I am John Tom and I am sending this E-mail to order some sweaters. I will like you "
        "to email me back with sizes, types and prices you have in stock, and also let me know the type of credit "
        "card you accept for payment, and can you email me with your contact full name and phone number that I can "
        "call to place the order.")
BUYER = "Please quote 500 stainless steel valves DN50 CIF Hamburg, delivery in April. Regards, Anna"


def mail(n: int, sender: str, body: str) -> bytes:
    return (f"From: {sender}\r\nTo: sales@seller.example\r\nSubject: Order\r\nMessage-ID: <j{n}@example.org>\r\n"
            f"Date: Mon, 02 Mar 2026 08:00:00 +0100\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n").encode()


SCAM_MAIL = mail(1, "John Tom <John_tom36@gmail.com>", SCAM)
BUYER_MAIL = mail(2, "Anna Berg <anna@berg-armaturen.example>", BUYER)


@pytest.fixture(params=["sqlite", "postgresql"])
def sessions(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[sessionmaker[Session]]:
    url = request.getfixturevalue("pg_url") if request.param == "postgresql" else f"sqlite:///{tmp_path / 'j.db'}"
    engine, made = open_store(url)
    try:
        yield made
    finally:
        engine.dispose()


def test_jsonl_and_queue_agree_on_a_suspicious_inquiry_and_a_buyer(sessions):
    ctx = build_context(load_config(None), offline=True, now=NOW)
    scam, buyer = triage(SCAM_MAIL, ctx), triage(BUYER_MAIL, ctx)
    assert scam.verdict.suspicious and scam.verdict.grade == "D"
    assert not buyer.verdict.suspicious
    scam_line, buyer_line = scam.to_json(), buyer.to_json()
    assert scam_line["reply_due"] is None and scam_line["reply_note"] == REVIEW_NOTE
    assert buyer_line["reply_due"] is not None and buyer_line["reply_note"] != REVIEW_NOTE
    with sessions.begin() as s:
        scam_task = save_result(s, scam, now=NOW).tasks[0]
        buyer_task = save_result(s, buyer, now=NOW).tasks[0]
        # The queue: a review task (no reply deadline) with the same note; the buyer's reply task is
        # due when the JSONL says.
        assert (scam_task.kind, scam_task.due_note) == ("review", scam_line["reply_note"])
        assert buyer_task.kind == "reply"
        assert as_utc(buyer_task.due_at) == datetime.fromisoformat(buyer_line["reply_due"])


def test_triage_jsonl_prints_no_reply_deadline_for_a_suspicious_mail(tmp_path: Path):
    (tmp_path / "scam.eml").write_bytes(SCAM_MAIL)
    (tmp_path / "buyer.eml").write_bytes(BUYER_MAIL)
    env = {**os.environ, "INQUIRY_TRIAGE_CONFIG": "", "INQUIRY_TRIAGE_DB": ""}
    done = subprocess.run([sys.executable, "-m", "inquiry_triage", "triage", str(tmp_path), "--format", "jsonl",
                           "--offline", "--no-store", "--now", NOW.isoformat()],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=600)
    assert done.returncode == 0, done.stderr
    lines = {Path(d["source"]).name: d for d in map(json.loads, done.stdout.splitlines())}
    assert lines["scam.eml"]["suspicious"] and lines["scam.eml"]["reply_due"] is None
    assert lines["scam.eml"]["reply_note"] == REVIEW_NOTE
    assert not lines["buyer.eml"]["suspicious"] and lines["buyer.eml"]["reply_due"]
