"""A salesperson's day on the command line (the README walkthrough), against a real SQLite store."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def cli(*args: str, user: str = "alice", config: Path | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "INQUIRY_TRIAGE_USER": user, "INQUIRY_TRIAGE_CONFIG": str(config or "")}
    return subprocess.run([sys.executable, "-m", "inquiry_triage", *args], capture_output=True, text=True, cwd=ROOT,
                          env=env, timeout=120)


@pytest.fixture
def team(tmp_path: Path) -> tuple[str, Path]:
    config = tmp_path / "team.toml"
    config.write_text('[team]\ndefault_role = "agent"\nmembers = { alice = "agent", dave = "agent", bob = "lead" }\n')
    db = f"sqlite:///{tmp_path / 'day.db'}"
    result = cli("triage", str(ROOT / "fixtures"), "--db", db, "--offline", config=config)
    assert result.returncode == 0, result.stderr
    return db, config


def test_a_salespersons_day(team):
    db, config = team
    # Agents do not see suspicious inquiries; the lead does.
    mine = json.loads(cli("queue", "--db", db, "--format", "json", config=config).stdout)
    assert len(mine) == 6 and not any(t["suspicious"] for t in mine)
    # Suspicious inquiries are review tasks, not reply tasks: the lead reviews them apart.
    assert len(json.loads(cli("queue", "--db", db, "--format", "json", user="bob", config=config).stdout)) == 6
    assert len(json.loads(cli("queue", "review", "--db", db, "--format", "json", user="bob", config=config).stdout)) == 3
    assert cli("queue", "review", "--db", db, config=config).returncode == 4  # not for agents

    claimed = cli("queue", "claim", "--db", db, config=config)
    assert claimed.returncode == 0 and "claimed task" in claimed.stdout
    top = int(claimed.stdout.split("task ")[1].split()[0])
    assert top == mine[0]["id"]  # the best grade, nearest deadline
    again = cli("queue", "claim", str(top), "--db", db, user="dave", config=config)
    assert again.returncode == 4 and "claimed by alice" in again.stderr  # a refusal, not a usage error

    shown = cli("queue", "show", str(top), "--db", db, config=config).stdout
    assert "Deadline:" in shown and "Evidence:" in shown and "Reply draft:" in shown

    assert cli("queue", "note", str(top), "Buyer", "wants", "CIF", "Valencia", "--db", db, config=config).returncode == 0
    assert "Buyer wants CIF Valencia" in cli("queue", "show", str(top), "--db", db, config=config).stdout
    assert cli("queue", "reply", str(top), "--quote", "--db", db, config=config).returncode == 0
    assert cli("queue", "done", str(top), "--db", db, config=config).returncode == 4  # already done: refused (README exit codes)

    second = mine[1]["id"]
    snoozed = cli("queue", "snooze", str(second), "--until", "2d", "--db", db, config=config)
    assert snoozed.returncode == 0 and "snoozed" in snoozed.stdout
    assert cli("queue", "snooze", str(mine[2]["id"]), "--until-reply", "--db", db, config=config).returncode == 0
    left = json.loads(cli("queue", "--db", db, "--format", "json", config=config).stdout)
    assert {t["id"] for t in left} == {t["id"] for t in mine} - {top, second, mine[2]["id"]}

    # Roles: an agent may not assign or dismiss; the lead may.
    assert cli("queue", "assign", str(mine[3]["id"]), "--to", "dave", "--db", db, config=config).returncode == 4
    assert cli("queue", "assign", str(mine[3]["id"]), "--to", "dave", "--db", db, user="bob", config=config).returncode == 0
    assert json.loads(cli("queue", "--mine", "--db", db, "--format", "json", user="dave", config=config).stdout)[0]["id"] == mine[3]["id"]
    spam = next(t for t in json.loads(cli("queue", "review", "--db", db, "--format", "json", user="bob",
                                          config=config).stdout) if t["subject"] == "Order Inquiry")
    assert cli("queue", "dismiss", str(spam["id"]), "--as", "spam", "--db", db, config=config).returncode == 4
    dismissed = cli("queue", "dismiss", str(spam["id"]), "--as", "scam", "--db", db, user="bob", config=config)
    assert dismissed.returncode == 0 and "dismissed as spam" in dismissed.stdout  # a lead says scam: it is spam
    assert cli("queue", "escalate", str(mine[4]["id"]), "needs", "the", "factory's", "price", "--db", db,
               config=config).returncode == 0

    # Everything is in the audit log, by whom.
    import sqlite3

    with sqlite3.connect(db.removeprefix("sqlite:///")) as conn:
        actions = conn.execute("select actor, action from audit_log order by id").fetchall()
    assert actions == [("alice", "claim"), ("alice", "note"), ("alice", "reply"), ("alice", "snooze"),
                       ("alice", "snooze"), ("bob", "assign"), ("bob", "dismiss"), ("alice", "escalate")]

    assert cli("notify", "price-change", "--product", "ball valve", "--db", db, config=config).returncode == 4
    made = cli("notify", "price-change", "--product", "ball valve", "--db", db, user="bob", config=config)
    assert made.returncode == 0 and made.stdout.startswith("1 price-change")
