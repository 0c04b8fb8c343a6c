"""Polling real mailboxes on a real Dovecot: exactly once, nothing marked seen before the commit,
server-side flag / move only after it, and the faults a daemon must survive."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from inquiry_triage.config import load_config
from inquiry_triage.pipeline import build_context
from inquiry_triage.polling import poll_mailbox, record_failure
from inquiry_triage.sources.imap import ImapSession, MailboxAuthFailed, MailboxConfig, MailboxDropped, MailboxUnavailable
from inquiry_triage.store import open_store
from tests.servers.dovecot import dovecot, dovecot_factory  # noqa: F401  (fixtures)
from tests.servers.postgres import pg_url, postgres_server  # noqa: F401  (fixtures)
from tests.store.crafted import POISON_MAILS

ROOT = Path(__file__).resolve().parents[2]
CTX = build_context(load_config(None), offline=True)


def mail(n: int, body: str = "We need 500 pcs, please quote FOB Ningbo.") -> bytes:
    return (f"From: Buyer {n} <buyer{n}@acme-tools.example>\r\nTo: sales@our-factory.example\r\n"
            f"Subject: RFQ number {n}\r\nMessage-ID: <rfq-{n}@acme-tools.example>\r\n"
            f"Date: Mon, 16 Nov 2026 10:00:00 +0100\r\n\r\n{body}\r\n").encode()


def box(server, **options) -> MailboxConfig:
    return MailboxConfig(name="sales", host=server.host, port=server.port, security="plain", user=server.user,
                         password=server.password, **options)


def store(tmp_path: Path):
    url = f"sqlite:///{tmp_path / 'q.db'}"
    return url, open_store(url)[1]


def count(url: str, table: str, where: str = "1=1") -> int:
    with sqlite3.connect(url.removeprefix("sqlite:///")) as db:
        return db.execute(f"select count(*) from {table} where {where}").fetchone()[0]


def test_poll_reads_without_marking_seen_and_never_twice(any_db, dovecot):
    url, sessions = any_db
    for n in range(3):
        dovecot.deliver(mail(n))
    report = poll_mailbox(sessions, CTX, box(dovecot))
    assert (report.seen, report.triaged, report.failed) == (3, 3, 0)
    assert all("\\Seen" not in flags for flags in dovecot.flags().values())
    assert count_any(sessions, "inquiries") == 3 and count_any(sessions, "tasks") == 3
    again = poll_mailbox(sessions, CTX, box(dovecot))
    assert again.seen == 0 and count_any(sessions, "inquiries") == 3
    dovecot.deliver(mail(3))
    assert poll_mailbox(sessions, CTX, box(dovecot)).seen == 1 and count_any(sessions, "inquiries") == 4


def test_flag_and_move_happen_after_the_commit(tmp_path, dovecot):
    url, sessions = store(tmp_path)
    for n in range(2):
        dovecot.deliver(mail(n))
    poll_mailbox(sessions, CTX, box(dovecot, after="flag", flag="$Triaged"))
    flags = dovecot.flags()
    assert all("$Triaged" in f and "\\Seen" not in f for f in flags.values()) and len(flags) == 2
    assert count(url, "mailbox_messages", "server_done = 1") == 2

    dovecot.deliver(mail(7))
    poll_mailbox(sessions, CTX, box(dovecot, after="move", move_to="Triaged"))
    assert len(dovecot.folder_uids("Triaged")) == 1 and len(dovecot.folder_uids("INBOX")) == 2


def test_a_crash_between_commit_and_server_action_is_finished_next_time(tmp_path, dovecot, monkeypatch):
    url, sessions = store(tmp_path)
    dovecot.deliver(mail(1))
    config = box(dovecot, after="flag")

    def dropped(self, uids, **kwargs):
        raise MailboxDropped("sales", "connection lost during STORE")

    monkeypatch.setattr(ImapSession, "mark_done", dropped)
    with pytest.raises(MailboxDropped):
        poll_mailbox(sessions, CTX, config)
    assert count(url, "inquiries") == 1 and count(url, "mailbox_messages", "server_done = 0") == 1
    assert all("$Triaged" not in f for f in dovecot.flags().values())
    monkeypatch.undo()
    report = poll_mailbox(sessions, CTX, config)
    assert report.finished_server_actions == 1 and report.seen == 0
    assert all("$Triaged" in f for f in dovecot.flags().values()) and count(url, "inquiries") == 1


def test_uidvalidity_change_resyncs_without_duplicates(any_db, dovecot):
    url, sessions = any_db
    for n in range(3):
        dovecot.deliver(mail(n))
    poll_mailbox(sessions, CTX, box(dovecot))
    before = dovecot.uidvalidity()
    dovecot.stop()
    dovecot.reset_folder_indexes("INBOX")
    dovecot.start()
    dovecot.deliver(mail(9))
    assert dovecot.uidvalidity() != before
    report = poll_mailbox(sessions, CTX, box(dovecot))
    assert report.seen == 4 and report.duplicates == 3
    assert count_any(sessions, "inquiries") == 4


def test_malformed_and_huge_messages_are_stored_as_failed_and_the_batch_goes_on(tmp_path, dovecot):
    url, sessions = store(tmp_path)
    dovecot.deliver(mail(1))
    dovecot.deliver(b"\x00\x01\x02 not a mail at all \xff\xfe" * 10)
    dovecot.deliver(b"Subject: big\r\nFrom: a@b.example\r\n\r\n" + b"A" * 3_000_000 + b"\r\n")
    dovecot.deliver(mail(2))
    report = poll_mailbox(sessions, CTX, box(dovecot))
    assert report.seen == 4 and report.triaged >= 3
    assert count(url, "inquiries") == 4
    with sqlite3.connect(url.removeprefix("sqlite:///")) as db:
        failed = db.execute("select error, length(raw) from inquiries where status = 'failed'").fetchall()
    assert all(error and size > 0 for error, size in failed)


def test_server_down_and_wrong_password_are_clear_errors_with_backoff(tmp_path, dovecot):
    url, sessions = store(tmp_path)
    bad = MailboxConfig(name="sales", host=dovecot.host, port=dovecot.port, security="plain", user=dovecot.user,
                        password="wrong")
    with pytest.raises(MailboxAuthFailed) as err:
        poll_mailbox(sessions, CTX, bad)
    assert "sales" in str(err.value) and "wrong" not in str(err.value)
    wait = record_failure(sessions, bad, str(err.value), interval=60)
    assert wait.total_seconds() == 120
    dovecot.stop()
    started = time.monotonic()
    with pytest.raises(MailboxUnavailable):
        poll_mailbox(sessions, CTX, box(dovecot))
    assert time.monotonic() - started < 10


def test_database_briefly_locked_is_waited_for(tmp_path, dovecot):
    url, sessions = store(tmp_path)
    dovecot.deliver(mail(1))
    locker = sqlite3.connect(url.removeprefix("sqlite:///"), check_same_thread=False)
    locker.execute("begin exclusive")
    release = threading.Timer(1.5, locker.rollback)
    release.start()
    started = time.monotonic()
    report = poll_mailbox(sessions, CTX, box(dovecot))
    release.join()
    assert time.monotonic() - started >= 1.0  # it really waited for the lock
    assert report.triaged == 1 and count(url, "inquiries") == 1


def cli(*args: str, env: dict | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "inquiry_triage", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=timeout, env={**os.environ, "INQUIRY_TRIAGE_CONFIG": "", **(env or {})})


def test_poll_once_url_and_status_from_the_command_line(tmp_path, dovecot):
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    dovecot.deliver(mail(1))
    env = {"INQUIRY_TRIAGE_IMAP_PASSWORD": dovecot.password}
    url = f"imap://{dovecot.user}@{dovecot.host}:{dovecot.port}/INBOX"
    result = cli("poll", "--once", "--url", url, "--db", db, "--offline", "--format", "json", env=env)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)[0]["triaged"] == 1
    status = json.loads(cli("status", "--db", db, "--format", "json").stdout)
    assert status["healthy"] and status["mailboxes"][0]["triaged"] == 1 and status["queue"]["open_by_grade"]["C"] >= 0
    dovecot.stop()
    down = cli("poll", "--once", "--url", url, "--db", db, "--offline", env=env)
    assert down.returncode == 3 and "ERROR" in down.stdout and dovecot.password not in down.stdout + down.stderr
    status = json.loads(cli("status", "--db", db, "--format", "json").stdout)
    assert not status["healthy"] and status["mailboxes"][0]["state"] == "failing"
    assert "NEEDS ATTENTION" in cli("status", "--db", db).stdout


def test_connection_dropped_in_the_middle_of_a_fetch_loses_and_duplicates_nothing(tmp_path, dovecot, monkeypatch):
    url, sessions = store(tmp_path)
    for n in range(5):
        dovecot.deliver(mail(n))
    real_fetch = ImapSession.fetch

    def drops_after_two(self, uids, **kwargs):
        for index, message in enumerate(real_fetch(self, uids, **kwargs)):
            if index == 2:
                raise MailboxDropped("sales", "connection reset by peer")
            yield message

    monkeypatch.setattr(ImapSession, "fetch", drops_after_two)
    with pytest.raises(MailboxDropped):
        poll_mailbox(sessions, CTX, box(dovecot, after="flag"))
    assert count(url, "inquiries") == 2  # what was committed stays committed
    monkeypatch.undo()
    report = poll_mailbox(sessions, CTX, box(dovecot, after="flag"))
    assert report.seen == 3 and count(url, "inquiries") == 5 and count(url, "mailbox_messages") == 5
    assert all("$Triaged" in f for f in dovecot.flags().values())


def test_one_mailbox_down_the_others_go_on(tmp_path, dovecot_factory):
    from inquiry_triage.daemon import Mailbox, poll_once

    url, sessions = store(tmp_path)
    up, down = dovecot_factory(), dovecot_factory()
    up.deliver(mail(1))
    down.stop()
    boxes = {"up": Mailbox(MailboxConfig(name="up", host=up.host, port=up.port, security="plain", user=up.user,
                                         password=up.password)),
             "down": Mailbox(MailboxConfig(name="down", host=down.host, port=down.port, security="plain",
                                           user=down.user, password=down.password), interval=30)}
    results = {r["mailbox"]: r for r in poll_once(load_config(None), CTX, sessions, boxes)}
    assert results["up"]["ok"] and results["up"]["triaged"] == 1
    assert not results["down"]["ok"] and "down" in results["down"]["error"]
    with sqlite3.connect(url.removeprefix("sqlite:///")) as db:
        failures, next_attempt = db.execute(
            "select failures, next_attempt_at from mailbox_folders where mailbox = 'down'").fetchone()
    assert failures == 1 and next_attempt is not None  # backing off, not hammering the server


# --- issue 8: poison messages, store failures, stop requests, concurrency; SQLite and PostgreSQL -----

@pytest.fixture(params=["sqlite", "postgresql"])
def any_db(request, tmp_path: Path):  # type: ignore[no-untyped-def]
    url = request.getfixturevalue("pg_url") if request.param == "postgresql" else f"sqlite:///{tmp_path / 'q.db'}"
    engine, sessions = open_store(url)
    yield url, sessions
    engine.dispose()


def count_any(sessions, table: str, where: str = "1=1") -> int:  # type: ignore[no-untyped-def]
    from sqlalchemy import text

    with sessions() as session:
        return int(session.execute(text(f"select count(*) from {table} where {where}")).scalar())


def test_crafted_messages_never_stop_the_mailbox(any_db, dovecot):  # type: ignore[no-untyped-def]
    url, sessions = any_db
    dovecot.deliver(mail(1))
    for raw in POISON_MAILS.values():
        dovecot.deliver(raw)
    dovecot.deliver(mail(2))
    total = len(POISON_MAILS) + 2
    report = poll_mailbox(sessions, CTX, box(dovecot))
    assert report.seen == total and report.error is None
    assert count_any(sessions, "inquiries") == total and count_any(sessions, "mailbox_messages") == total
    assert count_any(sessions, "inquiries", "message_id = 'rfq-2@acme-tools.example' and status = 'triaged'") == 1
    again = poll_mailbox(sessions, CTX, box(dovecot))
    assert again.seen == 0 and count_any(sessions, "inquiries") == total


def test_a_message_the_database_refuses_is_recorded_failed_and_never_fetched_again(any_db, dovecot, monkeypatch):  # type: ignore[no-untyped-def]
    import inquiry_triage.polling as polling

    url, sessions = any_db
    for n in range(1, 4):
        dovecot.deliver(mail(n))
    real = polling.save_result

    def refuses_the_second(session, result, *args, **kwargs):  # type: ignore[no-untyped-def]
        if "rfq-2@" in result.message_id:
            raise ValueError("a value this database refuses")
        return real(session, result, *args, **kwargs)

    monkeypatch.setattr(polling, "save_result", refuses_the_second)
    report = poll_mailbox(sessions, CTX, box(dovecot))
    assert (report.seen, report.triaged, report.failed) == (3, 2, 1)
    assert count_any(sessions, "mailbox_messages") == 3  # its UID is recorded: the mailbox moves on
    assert count_any(sessions, "inquiries", "status = 'failed' and error like 'could not be stored%'") == 1
    assert count_any(sessions, "mailbox_folders", "failed = 1 and triaged = 2") == 1
    monkeypatch.undo()
    assert poll_mailbox(sessions, CTX, box(dovecot)).seen == 0  # never fetched again
    assert count_any(sessions, "inquiries") == 3


def test_a_stop_request_ends_a_long_backfill_promptly_and_loses_nothing(tmp_path, dovecot):  # type: ignore[no-untyped-def]
    url, sessions = store(tmp_path)
    for n in range(40):
        dovecot.deliver(mail(n))
    stop = threading.Event()

    def stop_after_five(folder: str, done: int, total: int) -> None:
        if done == 5:
            stop.set()

    first = poll_mailbox(sessions, CTX, box(dovecot), stop=stop, progress=stop_after_five)
    assert first.seen == 5
    rest = poll_mailbox(sessions, CTX, box(dovecot))
    assert rest.seen == 35 and count(url, "inquiries") == 40 and count(url, "mailbox_messages") == 40


def test_two_pollers_on_one_mailbox_store_every_message_once(any_db, dovecot):  # type: ignore[no-untyped-def]
    """The daemon and a `poll --once` (or two daemons) at the same time: a unique-key race on a
    UID or a Message-ID is "already known", never a crash."""
    url, sessions = any_db
    for n in range(30):
        dovecot.deliver(mail(n))
    reports, errors = [], []

    def poll() -> None:
        try:
            reports.append(poll_mailbox(sessions, CTX, box(dovecot, batch_size=5)))
        except Exception as exc:  # noqa: BLE001 - the assertion below shows it
            errors.append(exc)

    threads = [threading.Thread(target=poll) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    assert errors == [] and len(reports) == 2
    assert count_any(sessions, "inquiries") == 30 and count_any(sessions, "mailbox_messages") == 30
    assert count_any(sessions, "tasks") == 30


def test_an_oversize_message_is_stored_failed_with_its_headers_once(any_db, dovecot):  # type: ignore[no-untyped-def]
    """Sizes are asked first: a message over max_item_bytes is stored as failed with its header only
    (the body is never downloaded), its UID is recorded, and the next poll does not fetch it again."""
    url, sessions = any_db
    dovecot.deliver(mail(1))
    dovecot.deliver(mail(7, body="We need 500 pcs.\r\n" + ("x" * 76 + "\r\n") * 4000))  # 312 kB
    dovecot.deliver(mail(2))
    report = poll_mailbox(sessions, CTX, box(dovecot, max_item_bytes=100_000))
    assert (report.seen, report.triaged, report.failed) == (3, 2, 1)
    from sqlalchemy import select

    from inquiry_triage.store.models import InquiryRow

    with sessions() as session:
        failed = session.scalars(select(InquiryRow).where(InquiryRow.status == "failed")).one()
        assert "too large" in failed.error and "limit 100000" in failed.error
        assert b"Subject: RFQ number 7" in failed.raw and b"x" * 76 not in failed.raw  # headers only
    assert count_any(sessions, "mailbox_messages") == 3
    again = poll_mailbox(sessions, CTX, box(dovecot, max_item_bytes=100_000))
    assert again.seen == 0 and count_any(sessions, "inquiries") == 3
