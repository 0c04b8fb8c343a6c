"""The daemon in a subprocess: 200 messages (real corpus mail mixed with fixtures) delivered while
it runs, SIGKILL in the middle of a batch, restart: every message triaged exactly once, and the
server-side flags match the configuration. SIGTERM stops it cleanly."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from inquiry_triage.parsing import ParseError, parse_email
from tests.servers.dovecot import dovecot, dovecot_factory  # noqa: F401  (fixtures)

ROOT = Path(__file__).resolve().parents[2]
CORPORA = Path(os.environ.get("INQUIRY_TRIAGE_CORPORA", ROOT.parent / "shared" / "corpora"))


def messages(n: int) -> list[bytes]:
    raws = [p.read_bytes() for p in sorted((ROOT / "fixtures" / "emails").glob("*.eml"))]
    for name in ("phishing", "ham", "fraud419"):
        folder = CORPORA / name
        if folder.is_dir():
            raws += [p.read_bytes() for p in sorted(folder.iterdir())[:80] if p.stat().st_size > 0]
    if len(raws) < n and os.environ.get("CI") == "true":
        pytest.fail("corpora missing")
    while len(raws) < n:  # without corpora: numbered variants of the fixtures
        raws.append(raws[len(raws) % 7].replace(b"Message-ID: <", f"Message-ID: <v{len(raws)}-".encode(), 1))
    picked = raws[:n]
    return [r.replace(b"\n", b"\r\n").replace(b"\r\r\n", b"\r\n") for r in picked]


def expected_ids(raws: list[bytes]) -> set[str]:
    ids = set()
    for raw in raws:
        try:
            ids.add(parse_email(raw, source="x").message_id)
        except ParseError:
            pass
    return ids


def start_daemon(config: Path, db: str, env: dict) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "inquiry_triage", "daemon", "--config", str(config), "--db", db,
                             "--offline"], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)


def rows(db_path: Path, sql: str) -> int:
    try:
        with sqlite3.connect(db_path, timeout=30) as db:
            return db.execute(sql).fetchone()[0]
    except sqlite3.OperationalError:  # tables not created yet
        return 0


def wait_for(predicate, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


def test_200_messages_sigkill_mid_batch_then_restart_exactly_once(tmp_path, dovecot):
    db_path = tmp_path / "daemon.db"
    db = f"sqlite:///{db_path}"
    config = tmp_path / "daemon.toml"
    config.write_text(f"""
[mailboxes.sales]
host = "{dovecot.host}"
port = {dovecot.port}
security = "plain"
user = "{dovecot.user}"
password_env = "TEST_IMAP_PASSWORD"
after = "flag"
flag = "$Triaged"
batch_size = 10
interval = 5
""")
    env = {**os.environ, "TEST_IMAP_PASSWORD": dovecot.password, "INQUIRY_TRIAGE_CONFIG": ""}
    raws = messages(200)
    daemon = start_daemon(config, db, env)
    try:
        for raw in raws[:60]:
            dovecot.deliver(raw)
        wait_for(lambda: rows(db_path, "select count(*) from mailbox_messages") >= 15, 60, "first messages")
        for raw in raws[60:]:  # delivered while it runs
            dovecot.deliver(raw)
        wait_for(lambda: rows(db_path, "select count(*) from mailbox_messages") >= 70, 60, "a batch in progress")
        daemon.send_signal(signal.SIGKILL)  # mid-batch, no chance to clean up
        daemon.wait(timeout=10)
        killed_at = rows(db_path, "select count(*) from mailbox_messages")
        assert killed_at < 200, "the daemon finished before it could be killed; the test proves nothing"

        daemon = start_daemon(config, db, env)
        wait_for(lambda: rows(db_path, "select count(*) from mailbox_messages where server_done = 1") == 200, 120,
                 "all 200 messages triaged and flagged")
    finally:
        daemon.send_signal(signal.SIGTERM)
        try:
            out, _ = daemon.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            daemon.kill()
            out, _ = daemon.communicate()
    assert daemon.returncode == 0, out.decode(errors="replace")[-3000:]
    assert b"daemon stopped" in out

    # Exactly once: one record per server message, one inquiry per distinct message.
    assert rows(db_path, "select count(*) from mailbox_messages") == 200
    assert rows(db_path, "select count(distinct uid) from mailbox_messages") == 200
    distinct = expected_ids(raws)
    failed = rows(db_path, "select count(*) from inquiries where status = 'failed'")
    assert rows(db_path, "select count(*) from inquiries") == len(distinct) + failed
    # Server side matches the configuration: every message flagged, none marked seen by us.
    flags = dovecot.flags()
    assert len(flags) == 200
    assert all("$Triaged" in f for f in flags.values())
    assert not any("\\Seen" in f for f in flags.values())
