"""Issue 10 part 5 in the IMAP poller: one commit per fetch batch, and the server (flag / move) is
told only about messages whose batch committed. On a real Dovecot (tests/servers/dovecot.py)."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest

_ROOT = Path(__file__).resolve().parents[1]
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))

from inquiry_triage.config import load_config  # noqa: E402
from inquiry_triage.errors import StoreError  # noqa: E402
from inquiry_triage.pipeline import build_context  # noqa: E402
from inquiry_triage.polling import poll_mailbox  # noqa: E402
from inquiry_triage.sources.imap import MailboxConfig  # noqa: E402
from inquiry_triage.store import guard, open_store  # noqa: E402
from tests.servers.dovecot import dovecot, dovecot_factory  # noqa: E402,F401  (fixtures)
from tests.store.crafted import mail  # noqa: E402

CTX = build_context(load_config(None), offline=True)


def box(server, **options) -> MailboxConfig:  # type: ignore[no-untyped-def]
    return MailboxConfig(name="sales", host=server.host, port=server.port, security="plain", user=server.user,
                         password=server.password, **options)


def count(url: str, table: str, where: str = "1=1") -> int:
    with sqlite3.connect(url.removeprefix("sqlite:///")) as db:
        return db.execute(f"select count(*) from {table} where {where}").fetchone()[0]


@pytest.fixture
def batches(monkeypatch):  # type: ignore[no-untyped-def]
    """The size of every batch written; `fail_at` makes that batch (1-based) fail as a broken database."""
    sizes: list[int] = []
    real = guard.write_batch
    state = {"fail_at": 0}

    def spy(sessions, writes):  # type: ignore[no-untyped-def]
        sizes.append(len(writes))
        if len(sizes) == state["fail_at"]:
            raise StoreError("database sqlite:///q.db: OperationalError: disk I/O error")
        return real(sessions, writes)

    monkeypatch.setattr(guard, "write_batch", spy)
    return sizes, state


def test_one_commit_per_fetch_batch(tmp_path: Path, dovecot, batches) -> None:  # type: ignore[no-untyped-def]
    url = f"sqlite:///{tmp_path / 'q.db'}"
    sessions = open_store(url)[1]
    for n in range(12):
        dovecot.deliver(mail(n))
    report = poll_mailbox(sessions, CTX, box(dovecot, batch_size=5, after="flag", flag="$Triaged"))
    assert (report.seen, report.triaged) == (12, 12)
    sizes, _ = batches
    assert sizes == [5, 5, 2]  # not one commit per message
    assert count(url, "inquiries") == 12 and count(url, "mailbox_messages", "server_done = 1") == 12
    assert all("$Triaged" in f and "\\Seen" not in f for f in dovecot.flags().values())


def test_a_batch_that_does_not_commit_leaves_its_mail_untouched_on_the_server(tmp_path: Path, dovecot,  # type: ignore[no-untyped-def]
                                                                              batches) -> None:
    url = f"sqlite:///{tmp_path / 'q.db'}"
    sessions = open_store(url)[1]
    for n in range(12):
        dovecot.deliver(mail(n))
    sizes, state = batches
    state["fail_at"] = 2
    with pytest.raises(StoreError):
        poll_mailbox(sessions, CTX, box(dovecot, batch_size=5, after="flag", flag="$Triaged"))
    flags = dovecot.flags()
    assert sum("$Triaged" in f for f in flags.values()) == 5  # the first batch: committed, then flagged
    assert all("\\Seen" not in f for f in flags.values())
    assert count(url, "inquiries") == 5 and count(url, "mailbox_messages") == 5

    state["fail_at"] = 0
    again = poll_mailbox(sessions, CTX, box(dovecot, batch_size=5, after="flag", flag="$Triaged"))
    assert again.seen == 7  # the batch that did not commit is fetched again, nothing twice
    assert count(url, "inquiries") == 12 and count(url, "mailbox_messages") == 12
    assert all("$Triaged" in f for f in dovecot.flags().values())
