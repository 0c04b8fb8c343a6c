"""The IMAP source against a hostile server (tests/servers/hostile_imap.py): every misbehaviour
ends in a clear MailboxError within a bounded time, and the client's memory stays flat."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))

from tests.servers.hostile_imap import MESSAGE, HostileImap  # noqa: E402

TIMEOUT = 4.0  # the mailbox's `timeout`; the server trickles a byte every 2 s, well inside it
ENDLESS_TIMEOUT = 30.0

# Runs in a child process so that its peak RSS is its own.
_CLIENT = """
import json, resource, sys, time
from inquiry_triage.sources.imap import ImapSession, MailboxConfig, MailboxError
config = MailboxConfig(name="hostile", host="127.0.0.1", port=int(sys.argv[1]), security="plain",
                       user="u", password="p", timeout=float(sys.argv[2]))
start = time.monotonic()
result = {"error": None, "message": "", "messages": []}
try:
    with ImapSession(config) as session:
        session.select("INBOX")
        uids = session.new_uids("INBOX", 0)
        result["messages"] = [m.raw.decode("latin-1") for m in session.fetch(uids)]
except MailboxError as exc:
    result["error"], result["message"] = type(exc).__name__, str(exc)
result["seconds"] = time.monotonic() - start
from tests.peak_rss import own_peak_rss_kb  # the child's own peak, not the pytest worker's
result["rss_mb"] = own_peak_rss_kb() / 1024
print(json.dumps(result))
"""


def run_client(server: HostileImap, timeout: float = TIMEOUT) -> dict:
    done = subprocess.run([sys.executable, "-c", _CLIENT, str(server.port), str(timeout)], capture_output=True,
                          text=True, timeout=120, cwd=_ROOT)
    assert done.returncode == 0, done.stderr[-3000:]  # no traceback: a MailboxError or success
    return json.loads(done.stdout)


@pytest.fixture(scope="module")
def baseline() -> dict:
    with HostileImap("normal") as server:
        result = run_client(server)
    assert result["error"] is None and result["messages"] == [MESSAGE.decode("latin-1")]
    return result


@pytest.mark.parametrize("mode, error, words", [
    ("slow_greeting", "MailboxUnavailable", "timed out"),
    ("endless_exists", "MailboxDropped", "untagged responses"),
    ("garbage", "MailboxDropped", "unexpected response"),
    ("huge_literal", "MailboxDropped", "literal of 1000000000 bytes"),
    ("trickle_literal", "MailboxDropped", "timed out"),
    ("disconnect_mid_literal", "MailboxDropped", "connection closed"),
])
def test_each_misbehaviour_ends_in_a_clear_mailbox_error(baseline: dict, mode: str, error: str, words: str):
    # The endless stream is ended by the cap on untagged responses, not by the clock: its reading of
    # 100,000 lines took more than TIMEOUT on a loaded machine (CI at load 17), so it gets longer.
    timeout = ENDLESS_TIMEOUT if mode == "endless_exists" else TIMEOUT
    with HostileImap(mode, interval=2.0) as server:
        started = time.monotonic()
        result = run_client(server, timeout)
        elapsed = time.monotonic() - started
    assert result["error"] == error, result
    assert words in result["message"] and "'hostile'" in result["message"], result["message"]
    # The deadline is TIMEOUT (+ a little for a body): a trickle that ignored it would take
    # minutes (a greeting of ~50 bytes at 2 s each; 1,000 literal bytes at 2 s each).
    assert result["seconds"] < 3 * timeout + 5, result
    assert elapsed < 60
    assert result["rss_mb"] - baseline["rss_mb"] < 30, (mode, result["rss_mb"], baseline["rss_mb"])
    if mode == "endless_exists":
        assert server.sent_bytes < 200 * 1024 * 1024  # the client hung up long before the stream ended
