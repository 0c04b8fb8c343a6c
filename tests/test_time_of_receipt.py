"""The time of receipt of a message without Received: (newcomer: an .eml without Received: was stored with
received_at NULL, so the deadline counted from Date: while SLA reports, review, buyer history, `queue --sort
newest` and the dashboard counted from the triage time: an old message triaged today was "received 1 minute
ago"). One rule now (scheduling/receipt.py): top Received:, the IMAP arrival, a record's time, a plausible
Date:, the file's mtime, the triage time; the JSONL, the store and `queue show` say which gave it."""

from __future__ import annotations

import json
import os
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from inquiry_triage.checks.facts import measure
from inquiry_triage.cli import main
from inquiry_triage.model import Inquiry
from inquiry_triage.queue.review import stored_inquiry
from inquiry_triage.scheduling.receipt import time_of_receipt
from inquiry_triage.store import open_store
from inquiry_triage.store.models import InquiryRow, as_utc
from inquiry_triage.store.queue import buyers_named
from tests.triage_kit import offline_context

NOW = datetime(2026, 12, 2, 9, 0, tzinfo=timezone.utc)
RECEIVED = datetime(2026, 11, 30, 8, 0, tzinfo=timezone.utc)
DATE = datetime(2026, 11, 29, 7, 0, tzinfo=timezone.utc)
MTIME = datetime(2026, 11, 28, 6, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize("received, date, mtime, expected", [
    (RECEIVED, DATE, MTIME, (RECEIVED, "received-header")),
    (None, DATE, MTIME, (DATE, "date-header")),
    (None, NOW + timedelta(days=3), MTIME, (MTIME, "file-mtime")),  # a Date in the future: not plausible
    (None, datetime(1970, 1, 1, tzinfo=timezone.utc), MTIME, (MTIME, "file-mtime")),  # an epoch Date
    (None, None, MTIME, (MTIME, "file-mtime")),
    (None, None, NOW + timedelta(days=5), (NOW, "triage-time")),  # a file touched in the future
    (None, None, None, (NOW, "triage-time")),
    (NOW + timedelta(days=30), DATE, None, (DATE, "date-header")),  # a Received: a month ahead
    # A Date or an mtime hours ahead (a fast clock, a wrong zone): it was here when triaged, not later.
    (None, NOW + timedelta(hours=6), MTIME, (MTIME, "file-mtime")),
    (None, NOW + timedelta(hours=6), None, (NOW, "triage-time")),
    (None, None, NOW + timedelta(minutes=5), (NOW, "triage-time")),
])
def test_the_first_plausible_time_wins(received, date, mtime, expected):
    inquiry = Inquiry(source="x.eml", message_id="m", date=date, received_at=received,
                      received_from="received-header" if received else "", file_time=mtime)
    assert time_of_receipt(inquiry, NOW) == expected


def _mail(path: Path, sender: str, message_id: str, *, date: datetime | None) -> Path:
    path.write_text(f"From: {sender}\nTo: sales@example-factory.cn\nSubject: valves DN50\n"
                    + (f"Date: {format_datetime(date)}\n" if date else "")
                    + f"Message-ID: <{message_id}>\n\nDear Sir,\nplease quote 200 pcs of DN50 ball valves, FOB.\n"
                      "Best regards,\nHans Becker\n", encoding="utf-8")
    return path


@pytest.fixture()
def store(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    """Two mails from one buyer without Received:, the recent one triaged first: a Date 2 hours ago
    (recent.eml) and a Date 10 days ago (old.eml); a third without Date, its file written 3 days ago."""
    now = datetime.now(timezone.utc).replace(microsecond=0)
    recent = _mail(tmp_path / "recent.eml", "Hans Becker <hans@becker-gmbh.de>", "r-1@becker-gmbh.de",
                   date=now - timedelta(hours=2))
    old = _mail(tmp_path / "old.eml", "Hans Becker <hans@becker-gmbh.de>", "o-1@becker-gmbh.de",
                date=now - timedelta(days=10))
    undated = _mail(tmp_path / "undated.eml", "Mia Roth <mia@roth-ag.de>", "u-1@roth-ag.de", date=None)
    written = now - timedelta(days=3)
    os.utime(undated, (written.timestamp(), written.timestamp()))
    config = tmp_path / "seller.toml"
    config.write_text('[seller]\ntimezone = "UTC"\n')
    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", str(config))
    monkeypatch.setenv("INQUIRY_TRIAGE_USER", "lena")
    url = f"sqlite:///{tmp_path / 'q.db'}"
    for path in (recent, old, undated):
        assert main(["triage", str(path), "--db", url, "--offline"]) == 0
    return url, now, written


def _rows(url: str) -> dict[str, InquiryRow]:
    engine, sessions = open_store(url)
    try:
        with sessions() as s:
            rows = {Path(r.source).name: r for r in s.scalars(select(InquiryRow))}
            for r in rows.values():
                s.expunge(r)
            return rows
    finally:
        engine.dispose()


def _run(capsys, url: str, *argv: str) -> str:
    capsys.readouterr()
    assert main([*argv, "--db", url]) == 0
    return capsys.readouterr().out


def test_stored_receipt_and_its_source(store):
    url, now, written = store
    rows = _rows(url)
    assert as_utc(rows["old.eml"].received_at) == now - timedelta(days=10)
    assert rows["old.eml"].result["received_from"] == "date-header"
    assert as_utc(rows["undated.eml"].received_at) == written
    assert rows["undated.eml"].result["received_from"] == "file-mtime"
    # The deadline counts from the same time: the old one and the undated one are overdue already.
    assert as_utc(rows["old.eml"].reply_due_at) < now and as_utc(rows["undated.eml"].reply_due_at) < now


def test_newest_first_is_by_receipt_not_by_triage(store, capsys):
    url, _now, _written = store
    names = {row.id: name for name, row in _rows(url).items()}
    listed = json.loads(_run(capsys, url, "queue", "--sort", "newest", "--format", "json"))
    assert [names[t["inquiry_id"]] for t in listed] == ["recent.eml", "undated.eml", "old.eml"], listed


def test_the_buyers_last_inquiry_is_its_newest_receipt(store):
    url, now, _written = store
    engine, sessions = open_store(url)
    try:
        with sessions() as s:
            (hans,) = buyers_named(s, "Hans Becker")
    finally:
        engine.dispose()
    assert hans.last_at == now - timedelta(hours=2)  # not old.eml's triage time (it was triaged last)


def test_queue_show_says_where_the_time_came_from(store, capsys):
    url, _now, written = store
    names = {row.id: name for name, row in _rows(url).items()}
    tasks = {names[t["inquiry_id"]]: t["id"] for t in json.loads(_run(capsys, url, "queue", "--format", "json"))}
    out = _run(capsys, url, "queue", "show", str(tasks["undated.eml"]))
    assert (f"Received: {written:%Y-%m-%d %H:%M}  (the file's modification time; no Received: line, "
            "no usable Date:)") in out.splitlines(), out
    out = _run(capsys, url, "queue", "show", str(tasks["old.eml"]), "--lang", "zh")
    assert any(line.startswith("收到时间：") and line.endswith("（发件人的 Date: 信头；没有 Received: 记录）")
               for line in out.splitlines()), out
    shown = json.loads(_run(capsys, url, "queue", "show", str(tasks["old.eml"]), "--format", "json"))
    assert shown["received_from"] == "date-header"


def test_the_jsonl_says_it(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
    path = _mail(tmp_path / "a.eml", "Hans Becker <hans@becker-gmbh.de>", "a-1@becker-gmbh.de", date=DATE)
    capsys.readouterr()
    assert main(["triage", str(path), "--format", "jsonl", "--no-store", "--offline"]) == 0
    line = json.loads(capsys.readouterr().out.splitlines()[0])
    assert (line["received_at"], line["received_from"]) == ("2026-11-29T07:00:00+00:00", "date-header")


def test_review_counts_from_the_stored_receipt(store):
    url, _now, written = store
    row = _rows(url)["undated.eml"]
    inquiry = stored_inquiry(row)  # the mtime is not in the stored bytes: the stored receipt is
    assert (inquiry.received_at, inquiry.received_from) == (written, "file-mtime")


def test_a_filled_in_receipt_is_no_send_time():
    """Checks read the send hour from Received:/Date: only: a file's mtime or the triage time says nothing
    of the sender (an inquiry read back for review carries its stored receipt)."""
    inquiry = Inquiry(source="x.eml", message_id="m", from_addr="hans@becker-gmbh.de", subject="valves",
                      body="please quote 200 pcs", own_text="please quote 200 pcs",
                      received_at=MTIME, received_from="file-mtime")
    assert measure(inquiry, offline_context(NOW)).sent_at is None
    inquiry.received_from = "received-header"
    assert measure(inquiry, offline_context(NOW)).sent_at == MTIME
