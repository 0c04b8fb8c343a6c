"""The command line's identity once people are stored (`users add`), reply channels checked, and
--config / --db accepted before the command name. Real processes on a real SQLite store."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def cli(*args: str, user: str = "alice", stdin: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "INQUIRY_TRIAGE_USER": user, "INQUIRY_TRIAGE_CONFIG": ""}
    return subprocess.run([sys.executable, "-m", "inquiry_triage", *args], capture_output=True, text=True, cwd=ROOT,
                          env=env, input=stdin, timeout=180)


@pytest.fixture(scope="module")
def triaged_once(tmp_path_factory) -> Path:
    """The fixtures triaged into a store by the real program, once per module (it takes seconds)."""
    folder = tmp_path_factory.mktemp("triaged")
    result = cli("triage", str(ROOT / "fixtures"), "--db", f"sqlite:///{folder / 'id.db'}", "--offline")
    assert result.returncode == 0, result.stderr
    return folder


@pytest.fixture
def store(triaged_once: Path, tmp_path: Path) -> str:
    """A store of its own for each test: a copy of that store (the SQLite file and any journal)."""
    for path in triaged_once.glob("id.db*"):
        shutil.copy2(path, tmp_path / path.name)
    return f"sqlite:///{tmp_path / 'id.db'}"


def _review_ids(db: str, user: str) -> list[int]:
    shown = cli("queue", "review", "--db", db, "--format", "json", user=user)
    assert shown.returncode == 0, shown.stderr
    return [task["id"] for task in json.loads(shown.stdout)]


def test_with_nobody_stored_the_one_person_setup_is_a_supervisor(store: str) -> None:
    assert _review_ids(store, "anyone")  # no [team], no users: one person, who sees everything


def test_stored_users_decide_the_command_lines_roles_too(store: str) -> None:
    for name, role in (("alice", "agent"), ("lena", "lead"), ("olga", "agent")):
        added = cli("users", "add", name, "--role", role, "--password-stdin", "--db", store, stdin="a-long-passphrase\n")
        assert added.returncode == 0, added.stderr
    review = _review_ids(store, "lena")  # a stored lead
    assert review
    refused = cli("queue", "review", "--db", store, user="alice")  # a stored agent
    assert refused.returncode == 4
    stranger = cli("queue", "dismiss", str(review[0]), "--as", "spam", "--db", store, user="mallory")
    assert stranger.returncode == 4, stranger.stdout  # not stored: refused, whoever it claims to be
    assert "'mallory' is not a stored user" in stranger.stderr
    assert cli("users", "disable", "olga", "--db", store).returncode == 0
    disabled = cli("queue", "--db", store, user="olga")
    assert disabled.returncode == 4 and "disabled" in disabled.stderr
    assert cli("queue", "dismiss", str(review[0]), "--as", "spam", "--db", store, user="lena").returncode == 0


def test_a_reply_channel_must_be_one_we_know(store: str) -> None:
    tasks = json.loads(cli("queue", "--db", store, "--format", "json").stdout)
    first, second = tasks[0]["id"], tasks[1]["id"]
    bad = cli("queue", "reply", str(first), "--channel", "pigeon", "--db", store)
    assert bad.returncode == 2 and "error: argument --channel: invalid choice: 'pigeon' (choose from" in bad.stderr
    assert json.loads(cli("queue", "show", str(first), "--db", store, "--format", "json").stdout)["state"] != "done"
    assert cli("queue", "reply", str(second), "--channel", "WhatsApp", "--db", store).returncode == 0
    history = json.loads(cli("queue", "history", str(second), "--db", store, "--format", "json").stdout)
    assert [e["channel"] for e in history["events"] if e["kind"] == "reply"] == ["im"]  # whatsapp is an IM


@pytest.mark.parametrize("before", [True, False])
def test_config_and_db_work_before_or_after_the_command(tmp_path: Path, before: bool) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("[store]\nbatch_size = 0\n")
    options = ["--config", str(bad)]
    args = [*options, "queue"] if before else ["queue", *options]
    result = cli(*args)
    assert result.returncode == 2 and f"{bad}: [store] batch_size = 0" in result.stderr
    db = f"sqlite:///{tmp_path / 'empty.db'}"
    args = ["--db", db, "queue"] if before else ["queue", "--db", db]
    result = cli(*args)  # --db is read in both places: the message names that file (a read command creates none)
    assert result.returncode == 2 and f"no database at {tmp_path / 'empty.db'} (from --db)" in result.stderr
    assert not (tmp_path / "empty.db").exists()
