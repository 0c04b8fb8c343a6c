"""Refusals exit 4 (the README's exit codes), usage errors 2: once users are stored, a command-line
name that is not a stored user is refused (naming --user / INQUIRY_TRIAGE_USER), a claim held by
someone else is refused, and `report suspicious` is for leads and supervisors as on the web.
Without stored users the one-person setup keeps working. Real processes on a real SQLite store."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from inquiry_triage.queue import users
from inquiry_triage.store import open_store
from inquiry_triage.store.models import InquiryRow, TaskRow

ROOT = Path(__file__).resolve().parents[2]
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)


def cli(*args: str, user: str | None = "alice") -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "INQUIRY_TRIAGE_USER"}
    env.update(INQUIRY_TRIAGE_CONFIG="", USER="root", LOGNAME="root")  # the login name getpass reads
    if user is not None:
        env["INQUIRY_TRIAGE_USER"] = user
    return subprocess.run([sys.executable, "-m", "inquiry_triage", *args], capture_output=True, text=True, cwd=ROOT,
                          env=env, timeout=120)


def _store(tmp_path: Path, people: dict[str, str]) -> str:
    """Three open reply tasks (one of a suspicious inquiry) and `people` stored as users."""
    url = f"sqlite:///{tmp_path / 'refusals.db'}"
    engine, sessions = open_store(url)
    with sessions.begin() as s:
        for n in range(3):
            row = InquiryRow(message_id=f"<r{n}@example.com>", source="t", channel="email", status="triaged",
                             grade="A", suspicious=n == 2, risk=0.9 if n == 2 else 0.0, result={"reasons": []},
                             triaged_at=T0, buyer_key=f"b{n}@example.com", from_addr=f"b{n}@example.com",
                             subject=f"RFQ {n}", body="Quote please", draft="Dear buyer")
            row.tasks.append(TaskRow(kind="reply", state="open", grade="A", due_at=T0 + timedelta(hours=n),
                                     created_at=T0))
            s.add(row)
        for name, role in people.items():
            users.add_user(s, name, role, "correct horse battery", T0, language="en")
    engine.dispose()
    return url


def test_without_stored_users_any_name_works_as_today(tmp_path: Path) -> None:
    db = _store(tmp_path, {})
    claimed = cli("queue", "claim", "--db", db, user=None)
    assert claimed.returncode == 0 and "for root" in claimed.stdout
    assert cli("report", "suspicious", "--db", db, user=None).returncode == 0  # the one person is a supervisor


def test_once_users_are_stored_an_unknown_name_is_refused(tmp_path: Path) -> None:
    db = _store(tmp_path, {"alice": "agent", "lena": "lead"})
    login = cli("queue", "claim", "--db", db, user=None)
    assert login.returncode == 4 and not login.stdout
    assert "'root' is not a stored user" in login.stderr and "--user NAME or INQUIRY_TRIAGE_USER=NAME" in login.stderr
    assert "the login name" in login.stderr
    typo = cli("queue", "--mine", "--db", db, user="alcie")
    assert typo.returncode == 4 and "'alcie' is not a stored user" in typo.stderr and "login name" not in typo.stderr
    assert cli("queue", "claim", "--db", db, "--user", "alice", user=None).returncode == 0  # --user: a stored name
    assert cli("queue", "claim", "--db", db, user="alice").returncode == 0
    users_list = cli("users", "list", "--db", db, user=None)  # managing users does not need a stored name
    assert users_list.returncode == 0 and "alice" in users_list.stdout


def test_a_claim_held_by_someone_else_is_a_refusal(tmp_path: Path) -> None:
    db = _store(tmp_path, {"alice": "agent", "dave": "agent"})
    assert cli("queue", "claim", "1", "--db", db).returncode == 0
    again = cli("queue", "claim", "1", "--db", db, user="dave")
    assert again.returncode == 4 and "task 1 is claimed by alice" in again.stderr
    assert cli("queue", "claim", "999", "--db", db, user="dave").returncode == 2  # no such task: a usage error


@pytest.mark.parametrize("fmt", ["table", "json"])
def test_report_suspicious_is_for_leads_and_supervisors(tmp_path: Path, fmt: str) -> None:
    db = _store(tmp_path, {"alice": "agent", "lena": "lead"})
    agent = cli("report", "suspicious", "--db", db, "--format", fmt, user="alice")
    assert agent.returncode == 4 and "b2@example.com" not in agent.stdout
    assert "alice (agent) may not see suspicious inquiries" in agent.stderr
    lead = cli("report", "suspicious", "--db", db, "--format", fmt, user="lena")
    assert lead.returncode == 0 and "b2@example.com" in lead.stdout
    assert cli("report", "suspicious", "--db", db, "--user", "lena", user=None).returncode == 0
