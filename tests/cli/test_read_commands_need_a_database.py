"""A newcomer ran `inquiry-triage queue` in a folder without a database: it created an empty
inquiry-triage.db and said the queue was empty. Read commands (queue, report, status) now name the
database they looked for and where its URL came from, exit 2, and create nothing; triage still
creates the database as the README says."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def cli(folder: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("INQUIRY_TRIAGE_DB", "INQUIRY_TRIAGE_CONFIG")}
    env["PYTHONPATH"] = str(ROOT)
    return subprocess.run([sys.executable, "-m", "inquiry_triage", *args], capture_output=True, text=True,
                          cwd=folder, env=env, timeout=120)


@pytest.mark.parametrize("command", [["queue"], ["queue", "review"], ["report", "sla"], ["status"]])
def test_a_read_command_without_a_database_names_it_and_creates_nothing(tmp_path, command):
    done = cli(tmp_path, *command)
    assert done.returncode == 2, done.stdout + done.stderr
    assert f"no database at {tmp_path / 'inquiry-triage.db'}" in done.stderr, done.stderr
    assert "[store] url in" in done.stderr and "--db" in done.stderr, done.stderr
    assert list(tmp_path.iterdir()) == []


def test_the_message_says_the_url_came_from_db(tmp_path):
    done = cli(tmp_path, "queue", "--db", f"sqlite:///{tmp_path / 'other.db'}")
    assert done.returncode == 2 and f"no database at {tmp_path / 'other.db'} (from --db)" in done.stderr, done.stderr
    assert not (tmp_path / "other.db").exists()


def test_triage_still_creates_it_and_then_queue_reads_it(tmp_path):
    inbox = tmp_path / "in"
    inbox.mkdir()
    (inbox / "a.eml").write_text("From: Ana <ana@example.es>\nTo: sales@example.com\nSubject: Price for LED panels\n"
                                 "Date: Mon, 30 Nov 2026 09:00:00 +0800\nMessage-ID: <a1@example.es>\n\n"
                                 "Please quote 500 pcs LED panel 600x600, FOB Ningbo.\n")
    done = cli(tmp_path, "triage", str(inbox), "--offline", "--no-progress")
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "inquiry-triage.db").exists()
    assert cli(tmp_path, "queue").returncode == 0
