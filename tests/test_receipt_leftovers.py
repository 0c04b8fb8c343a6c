"""Time of receipt leftovers (follow-up of 16cc797 / fd7d6a3): an mbox message's "From " line dates it
(after Received:, before Date:: mbox-from-line); a Date: decades old or before 1990 is no receipt; when a
Received: was there but implausible, `queue show` says it was rejected and why instead of "no Received:
line"; a row stored before received_from existed is "not recorded", not "the triage time"."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

import pytest
from sqlalchemy import select, update

from inquiry_triage.cli import main
from inquiry_triage.model import Inquiry
from inquiry_triage.scheduling.receipt import receipt, time_of_receipt
from inquiry_triage.sources.files import envelope_date
from inquiry_triage.store import open_store
from inquiry_triage.store.models import InquiryRow, as_utc

NOW = datetime(2026, 12, 2, 9, 0, tzinfo=timezone.utc)
RECEIVED = datetime(2026, 11, 30, 8, 0, tzinfo=timezone.utc)
ENVELOPE = datetime(2026, 11, 29, 23, 0, tzinfo=timezone.utc)
DATE = datetime(2026, 11, 29, 7, 0, tzinfo=timezone.utc)
MTIME = datetime(2026, 11, 28, 6, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize("received, envelope, date, mtime, expected", [
    (RECEIVED, ENVELOPE, DATE, MTIME, (RECEIVED, "received-header")),
    (None, ENVELOPE, DATE, MTIME, (ENVELOPE, "mbox-from-line")),
    (NOW + timedelta(days=30), ENVELOPE, DATE, None, (ENVELOPE, "mbox-from-line")),  # Received: a month ahead
    (None, NOW + timedelta(hours=3), DATE, None, (DATE, "date-header")),  # a From line after the triage
    # A Date decades old (a reset clock, a wrong century) or before 1990: the next source counts.
    (None, None, datetime(1996, 3, 1, tzinfo=timezone.utc), MTIME, (MTIME, "file-mtime")),
    (None, None, datetime(1985, 3, 1, tzinfo=timezone.utc), None, (NOW, "triage-time")),
    (None, None, NOW - timedelta(days=365 * 11), MTIME, (MTIME, "file-mtime")),
    (None, None, NOW - timedelta(days=300), MTIME, (NOW - timedelta(days=300), "date-header")),  # old, not decades
])
def test_the_mbox_line_and_old_dates(received, envelope, date, mtime, expected):
    inquiry = Inquiry(source="x.mbox#1", message_id="m", date=date, received_at=received,
                      received_from="received-header" if received else "", file_time=mtime, envelope_time=envelope)
    assert time_of_receipt(inquiry, NOW) == expected


def test_the_rejected_candidates_are_kept():
    inquiry = Inquiry(source="x.eml", message_id="m", channel="email", date=datetime(1996, 3, 1, tzinfo=timezone.utc),
                      received_at=NOW + timedelta(days=30), received_from="received-header", file_time=MTIME)
    found = receipt(inquiry, NOW)
    assert (found.at, found.source) == (MTIME, "file-mtime")
    assert [(r.source, r.why) for r in found.rejected] == [("received-header", "future"), ("date-header", "old")]


@pytest.mark.parametrize("line, expected", [
    (b"From hans@becker-gmbh.de Sun Nov 29 23:00:00 2026\n", datetime(2026, 11, 29, 23, 0)),
    (b"From - Sun Nov 29 23:00:00 2026\r\n", datetime(2026, 11, 29, 23, 0)),  # Thunderbird
    (b"From 1781@xxx Sun Nov 29 23:00:00 +0100 2026\n", datetime(2026, 11, 29, 22, 0, tzinfo=timezone.utc)),
    (b"From MAILER-DAEMON Fri Jul  8 12:08:34 2011\n", datetime(2011, 7, 8, 12, 8, 34)),
    (b"From hans@becker-gmbh.de\n", None),
])
def test_envelope_date(line, expected):
    got = envelope_date(line)
    assert got == expected and (got is None or (got.tzinfo is None) == (expected.tzinfo is None))


def _store_env(tmp_path: Path, monkeypatch) -> str:  # type: ignore[no-untyped-def]
    config = tmp_path / "seller.toml"
    config.write_text('[seller]\ntimezone = "UTC"\n')
    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", str(config))
    monkeypatch.setenv("INQUIRY_TRIAGE_USER", "lena")
    return f"sqlite:///{tmp_path / 'q.db'}"


def _rows(url: str) -> list[InquiryRow]:
    engine, sessions = open_store(url)
    try:
        with sessions() as s:
            rows = list(s.scalars(select(InquiryRow).order_by(InquiryRow.id)))
            for r in rows:
                s.expunge(r)
            return rows
    finally:
        engine.dispose()


def _out(capsys, *argv: str) -> str:
    capsys.readouterr()
    assert main(list(argv)) == 0
    return capsys.readouterr().out


def test_an_mbox_message_is_received_when_its_from_line_says(tmp_path, monkeypatch, capsys):
    url = _store_env(tmp_path, monkeypatch)
    now = datetime.now(timezone.utc).replace(microsecond=0, second=0)
    stored, sent = now - timedelta(days=2), now - timedelta(days=3)
    box = tmp_path / "inbox.mbox"
    box.write_text(f"From hans@becker-gmbh.de {stored:%a %b %d %H:%M:%S %Y}\n"
                   f"From: Hans Becker <hans@becker-gmbh.de>\nTo: sales@example-factory.cn\nSubject: valves DN50\n"
                   f"Date: {format_datetime(sent)}\nMessage-ID: <m-1@becker-gmbh.de>\n\n"
                   "Dear Sir,\nplease quote 200 pcs of DN50 ball valves, FOB.\nBest regards,\nHans Becker\n",
                   encoding="utf-8")
    assert main(["triage", str(box), "--db", url, "--offline"]) == 0
    (row,) = _rows(url)
    assert (as_utc(row.received_at), row.result["received_from"]) == (stored, "mbox-from-line")
    (task,) = json.loads(_out(capsys, "queue", "--db", url, "--format", "json"))
    out = _out(capsys, "queue", "show", str(task["id"]), "--db", url)
    assert f"Received: {stored:%Y-%m-%d %H:%M}  (the date on the mbox \"From \" line; no Received: line)" \
        in out.splitlines(), out
    out = _out(capsys, "queue", "show", str(task["id"]), "--db", url, "--lang", "zh")
    assert any(line.startswith("收到时间：") and line.endswith("（mbox 分隔行（\"From \" 行）上的日期；没有 Received: 记录）")
               for line in out.splitlines()), out


def test_a_rejected_received_line_is_said(tmp_path, monkeypatch, capsys):
    url = _store_env(tmp_path, monkeypatch)
    now = datetime.now(timezone.utc).replace(microsecond=0, second=0)
    ahead, sent = now + timedelta(days=30), now - timedelta(hours=5)
    mail = tmp_path / "ahead.eml"
    mail.write_text(f"Received: from mx.becker-gmbh.de by mx.example-factory.cn; {format_datetime(ahead)}\n"
                    "From: Hans Becker <hans@becker-gmbh.de>\nTo: sales@example-factory.cn\nSubject: valves DN50\n"
                    f"Date: {format_datetime(sent)}\nMessage-ID: <a-1@becker-gmbh.de>\n\n"
                    "Dear Sir,\nplease quote 200 pcs of DN50 ball valves, FOB.\nBest regards,\nHans Becker\n",
                    encoding="utf-8")
    assert main(["triage", str(mail), "--db", url, "--offline"]) == 0
    (row,) = _rows(url)
    assert row.result["received_from"] == "date-header"
    assert row.result["receipt_rejected"] == [{"from": "received-header", "at": ahead.isoformat(timespec="minutes"),
                                               "why": "future"}]
    (task,) = json.loads(_out(capsys, "queue", "--db", url, "--format", "json"))
    out = _out(capsys, "queue", "show", str(task["id"]), "--db", url)
    assert (f"Received: {sent:%Y-%m-%d %H:%M}  (the sender's Date: header; the Received: time "
            f"{ahead:%Y-%m-%d %H:%M} was rejected: it is more than a day after the triage)") in out.splitlines(), out
    assert "no Received: line" not in out
    out = _out(capsys, "queue", "show", str(task["id"]), "--db", url, "--lang", "zh")
    assert (f"（发件人的 Date: 信头；Received: 时间 {ahead:%Y-%m-%d %H:%M} 未采用：比分拣时间晚一天以上）"
            in out), out


def test_a_row_stored_before_received_from_is_not_recorded(tmp_path, monkeypatch, capsys):
    url = _store_env(tmp_path, monkeypatch)
    mail = tmp_path / "old.eml"
    mail.write_text("From: Hans Becker <hans@becker-gmbh.de>\nTo: sales@example-factory.cn\nSubject: valves\n"
                    "Message-ID: <o-1@becker-gmbh.de>\n\nplease quote 200 pcs of DN50 ball valves, FOB.\n",
                    encoding="utf-8")
    assert main(["triage", str(mail), "--db", url, "--offline"]) == 0
    (row,) = _rows(url)
    result = {k: v for k, v in row.result.items() if k not in ("received_from", "received_at")}
    engine, sessions = open_store(url)  # as a row stored before 16cc797: no receipt, no received_from
    try:
        with sessions() as s:
            s.execute(update(InquiryRow).where(InquiryRow.id == row.id).values(result=result, received_at=None))
            s.commit()
    finally:
        engine.dispose()
    triaged = as_utc(row.triaged_at)
    (task,) = json.loads(_out(capsys, "queue", "--db", url, "--format", "json"))
    out = _out(capsys, "queue", "show", str(task["id"]), "--db", url)
    assert (f"Received: not recorded (stored before the time of receipt was kept); triaged {triaged:%Y-%m-%d %H:%M}"
            in out.splitlines()), out
    assert "the triage time" not in out
    out = _out(capsys, "queue", "show", str(task["id"]), "--db", url, "--lang", "zh")
    assert f"收到时间：未记录（保存时尚未记录收到时间）；分拣于 {triaged:%Y-%m-%d %H:%M}" in out.splitlines(), out
    shown = json.loads(_out(capsys, "queue", "show", str(task["id"]), "--db", url, "--format", "json"))
    assert (shown["received_at"], shown["received_from"]) == (None, None)
