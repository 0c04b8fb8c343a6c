"""Issue 10 part 6 in the daemon: [triage] jobs > 1 triages the mailboxes' mail in worker processes
(parallel.TriagePool, one pool shared by the poll threads) while the poll threads stay the writers.
On a real Dovecot (tests/servers/dovecot.py): two mailboxes give the same stored verdicts with 2
workers as with none, nothing is flagged on the server before its commit, a worker that dies
mid-message costs that message nothing (or, when it kills every worker it meets, it is stored
failed with its bytes, once), and SIGTERM ends the daemon and its workers.

Faults reach the workers through a `sitecustomize` module on PYTHONPATH (as in tests/test_jobs.py):
a subject with KILL-THE-WORKER kills its worker each time; one with SLOW-DOWN sleeps a few seconds
after writing a marker file, so the test can kill the worker while it holds that message."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from inquiry_triage.config import load_config
from inquiry_triage.parallel import TriagePool
from inquiry_triage.pipeline import build_context
from inquiry_triage.polling import poll_mailbox
from inquiry_triage.sources.imap import MailboxConfig
from inquiry_triage.store import guard, open_store
from tests.processes import alive, descendants
from tests.servers.dovecot import dovecot, dovecot_factory  # noqa: F401  (fixtures)

ROOT = Path(__file__).resolve().parents[2]
CORPORA = Path(os.environ.get("INQUIRY_TRIAGE_CORPORA", ROOT.parent / "shared" / "corpora"))
CONFIG = load_config(None)
CTX = build_context(CONFIG, offline=True)
SECOND = "export-desk"  # the second mailbox: another user on the same server (the helpers log in with one password)
TIME_DEPENDENT = ("reply_due", "reply_note", "source")  # deadlines count from the poll's clock; source has the port


def corpus_mail(n: int, offset: int = 0) -> list[bytes]:
    """`n` real messages (fixtures, then the dev corpora), CRLF line ends as IMAP serves them."""
    raws = [p.read_bytes() for p in sorted((ROOT / "fixtures" / "emails").glob("*.eml"))]
    for name in ("ham", "phishing", "fraud419", "modern_ham", "fraud_modern"):
        folder = CORPORA / name
        if folder.is_dir():
            raws += [p.read_bytes() for p in sorted(folder.iterdir())[:40] if p.stat().st_size > 0]
    if len(raws) < n + offset:
        if os.environ.get("CI") == "true":
            pytest.fail(f"corpora missing at {CORPORA}")
        pytest.skip("corpora not present")
    return [r.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n") for r in raws[offset:offset + n]]


def mailboxes(server) -> list[MailboxConfig]:  # type: ignore[no-untyped-def]
    common = dict(host=server.host, port=server.port, security="plain", after="flag", flag="$Triaged", batch_size=10)
    return [MailboxConfig(name="sales", user=server.user, password=server.password, **common),
            MailboxConfig(name="export", user=SECOND, password=server.password, **common)]


def filled_server(factory, raws_a: list[bytes], raws_b: list[bytes]):  # type: ignore[no-untyped-def]
    server = factory()
    server.add_user(SECOND, server.password)
    for raw in raws_a:
        server.deliver(raw)
    for raw in raws_b:
        server.deliver(raw, user=SECOND)
    return server


def poll_both(url: str, boxes: list[MailboxConfig], pool: TriagePool | None) -> None:
    """The two mailboxes polled at once, each in its own thread, as the daemon's scheduler does."""
    sessions = open_store(url)[1]
    errors: list[BaseException] = []

    def poll(box: MailboxConfig) -> None:
        try:
            poll_mailbox(sessions, CTX, box, pool=pool)
        except BaseException as exc:  # noqa: BLE001 (reported by the test below)
            errors.append(exc)

    threads = [threading.Thread(target=poll, args=(box,)) for box in boxes]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(600)
    assert not errors, errors


def verdicts(url: str) -> dict[str, dict]:
    with sqlite3.connect(url.removeprefix("sqlite:///")) as db:
        rows = db.execute("select message_id, status, error, grade, score, suspicious, risk, language, filing, result "
                          "from inquiries").fetchall()
    found = {}
    for message_id, *fields, result in rows:
        data = {k: v for k, v in json.loads(result).items() if k not in TIME_DEPENDENT}
        found[message_id] = {"fields": fields, "result": data}
    return found


def uids(url: str, mailbox: str) -> set[int]:
    with sqlite3.connect(url.removeprefix("sqlite:///")) as db:
        return {uid for (uid,) in db.execute("select uid from mailbox_messages where mailbox = ?", (mailbox,))}


def test_two_mailboxes_with_two_workers_store_what_one_process_stores_and_flag_only_committed_mail(
        tmp_path: Path, dovecot_factory, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    raws_a, raws_b = corpus_mail(40), corpus_mail(40, offset=40)
    one_url, two_url = f"sqlite:///{tmp_path / 'one.db'}", f"sqlite:///{tmp_path / 'two.db'}"

    poll_both(one_url, mailboxes(filled_server(dovecot_factory, raws_a, raws_b)), pool=None)

    server = filled_server(dovecot_factory, raws_a, raws_b)
    checks = {"commits": 0}
    real = guard.write_batch

    def flagged_only_when_committed() -> None:
        for box, user in (("sales", None), ("export", SECOND)):
            flagged = {uid for uid, flags in server.flags(user=user).items() if "$Triaged" in flags}
            assert flagged <= uids(two_url, box), f"{box}: flagged on the server before its commit"

    def write_batch(sessions, writes):  # type: ignore[no-untyped-def]
        flagged_only_when_committed()  # before this batch commits, none of it (nor later mail) is flagged
        checks["commits"] += 1
        return real(sessions, writes)

    monkeypatch.setattr(guard, "write_batch", write_batch)
    with TriagePool(CONFIG, 2, offline=True, now=None) as pool:
        poll_both(two_url, mailboxes(server), pool=pool)
        assert len(pool.worker_pids()) == 2 and pool.restarts == 0  # the work was done by the workers
    flagged_only_when_committed()
    assert checks["commits"] >= 8  # 80 messages in fetch batches of 10: the check ran at every commit

    one, two = verdicts(one_url), verdicts(two_url)
    assert len(one) == 80 and two == one
    assert uids(two_url, "sales") == set(server.folder_uids()) and len(uids(two_url, "export")) == 40
    for user in (None, SECOND):
        assert all("$Triaged" in flags and "\\Seen" not in flags for flags in server.flags(user=user).values())


# --- the daemon in a subprocess: dying workers, SIGTERM --------------------------------------------

FAULTS = '''
import os, signal, time
import inquiry_triage.pipeline as pipeline

_real = pipeline.triage_inquiry

def triage_inquiry(inquiry, ctx, **kwargs):
    if "KILL-THE-WORKER" in inquiry.subject:
        os.kill(os.getpid(), signal.SIGKILL)
    if "SLOW-DOWN" in inquiry.subject:
        marker = os.environ["SLOW_MARKER"]
        with open(marker, "a") as f:
            f.write(f"{os.getpid()}\\n")
        time.sleep(4)
    return _real(inquiry, ctx, **kwargs)

pipeline.triage_inquiry = triage_inquiry
'''


def crafted(n: int, subject: str = "") -> bytes:
    return (f"From: Buyer {n} <buyer{n}@acme-tools.example>\r\nTo: sales@our-factory.example\r\n"
            f"Subject: RFQ {n} {subject}\r\nMessage-ID: <jobs-{n}@acme-tools.example>\r\n"
            f"Date: Mon, 16 Nov 2026 10:00:00 +0100\r\n\r\nWe need 500 pcs, please quote FOB Ningbo.\r\n").encode()


def wait_for(predicate, timeout: float, what: str) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


def rows(db_path: Path, sql: str, *args: object) -> list[tuple]:
    try:
        with sqlite3.connect(db_path, timeout=30) as db:
            return db.execute(sql, args).fetchall()
    except sqlite3.OperationalError:  # tables not created yet
        return []


def test_the_daemon_with_two_workers_survives_dying_workers_and_ends_them_on_sigterm(tmp_path: Path,
                                                                                    dovecot) -> None:  # type: ignore[no-untyped-def]
    dovecot.add_user(SECOND, dovecot.password)
    faults = tmp_path / "faults"
    faults.mkdir()
    (faults / "sitecustomize.py").write_text(FAULTS)
    marker = tmp_path / "slow-started"
    poison = crafted(13, "KILL-THE-WORKER")
    slow = crafted(27, "SLOW-DOWN")
    for n in range(40):
        dovecot.deliver(poison if n == 13 else slow if n == 27 else crafted(n))
    for n in range(100, 130):
        dovecot.deliver(crafted(n), user=SECOND)
    db_path = tmp_path / "daemon.db"
    config = tmp_path / "daemon.toml"
    boxes = ""
    for name, user, secret in (("sales", dovecot.user, "IMAP_A"), ("export", SECOND, "IMAP_B")):
        boxes += (f'[mailboxes.{name}]\nhost = "{dovecot.host}"\nport = {dovecot.port}\nsecurity = "plain"\n'
                  f'user = "{user}"\npassword_env = "{secret}"\nafter = "flag"\nflag = "$Triaged"\n'
                  f'batch_size = 10\ninterval = 5\n\n')
    config.write_text(boxes + "[triage]\njobs = 2\n")
    env = {**os.environ, "IMAP_A": dovecot.password, "IMAP_B": dovecot.password, "INQUIRY_TRIAGE_CONFIG": "",
           "INQUIRY_TRIAGE_DB": "", "SLOW_MARKER": str(marker), "PYTHONPATH": os.pathsep.join([str(faults), str(ROOT)])}
    daemon = subprocess.Popen([sys.executable, "-m", "inquiry_triage", "daemon", "--config", str(config), "--db",
                               f"sqlite:///{db_path}", "--offline"], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT)
    workers: set[int] = set()
    try:
        # A worker killed from outside while it holds SLOW-DOWN: that message is triaged again, not lost.
        wait_for(marker.exists, 180, "the slow message to reach a worker")
        first = int(marker.read_text().split()[0])
        assert rows(db_path, "select count(*) from mailbox_messages where uid = 28 and mailbox = 'sales'")[0][0] == 0
        assert "$Triaged" not in dovecot.flags().get(28, set())  # not flagged while being triaged
        os.kill(first, signal.SIGKILL)
        wait_for(lambda: rows(db_path, "select count(*) from mailbox_messages where server_done = 1")
                 and rows(db_path, "select count(*) from mailbox_messages where server_done = 1")[0][0] == 70,
                 240, "all 70 messages triaged and flagged")
        workers = descendants(daemon.pid)
        assert len(workers) >= 2  # the forkserver and the workers
    finally:
        daemon.send_signal(signal.SIGTERM)
        try:
            out, _ = daemon.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            daemon.kill()
            out, _ = daemon.communicate()
    log = out.decode(errors="replace")
    assert daemon.returncode == 0, log[-3000:]
    assert "daemon stopped" in log and "triage in 2 worker processes" in log and "Traceback" not in log, log[-3000:]
    deadline = time.monotonic() + 30
    while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not any(alive(pid) for pid in workers), "worker processes outlived the daemon"

    # Exactly once: one record per server message, one inquiry per message.
    assert rows(db_path, "select count(*), count(distinct mailbox || uid) from mailbox_messages")[0] == (70, 70)
    assert rows(db_path, "select count(*) from inquiries")[0][0] == 70
    # The slow message was triaged after its worker died; the poison one is kept failed with its bytes.
    assert len(marker.read_text().split()) >= 2  # it reached a worker again
    [(error, raw)] = rows(db_path, "select error, raw from inquiries where status = 'failed'")
    assert "worker process died" in error and raw == poison
    assert rows(db_path, "select status from inquiries where message_id = 'jobs-27@acme-tools.example'") == [("triaged",)]
    assert rows(db_path, "select count(*) from inquiries where status = 'triaged'")[0][0] == 69
    # Every message handled is flagged (the failed one too: it is stored, so it is never fetched again).
    for user in (None, SECOND):
        assert all("$Triaged" in flags and "\\Seen" not in flags for flags in dovecot.flags(user=user).values())
