"""Ctrl-C or SIGTERM while a new database's schema is being created: the run ends as any interrupted run
does (130 and one line "interrupted"; SIGTERM: the process ends by SIGTERM, 143 in a shell), and the next
run finds a database it can use (the migration is one transaction: rolled back, redone by the next run).

A guard (it passed before this file was added, see the report of branch csvenc): the exit 1 reported for
this case was not reproduced on SQLite (a signal at each of the first 220 statements, commits and
rollbacks of the migration) nor on PostgreSQL (real signals at 25 ms steps across the migration)."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from pathlib import Path

import pytest

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))

from tests.store.crafted import mail  # noqa: E402
from tests.test_batched_store import env_with, stored_rows, triage_argv  # noqa: E402

# `triage` on a new database, the process signalling itself at the Nth CREATE TABLE of the migration.
# SIGINT gets Python's own handler first: a background process (a CI job) inherits SIGINT ignored.
DRIVER = """
import os, signal, sys
signal.signal(signal.SIGINT, signal.default_int_handler)
from sqlalchemy import event
from sqlalchemy.engine import Engine
from inquiry_triage import cli
seen = []
@event.listens_for(Engine, "before_cursor_execute")
def signalled_in_the_schema(conn, cursor, statement, *args):
    if statement.lstrip().upper().startswith("CREATE TABLE"):
        seen.append(1)
        if len(seen) == int(sys.argv[2]):
            os.kill(os.getpid(), getattr(signal, sys.argv[1]))
sys.exit(cli.main(sys.argv[3:]))
"""


@pytest.mark.parametrize("name, at, code", [("SIGINT", 3, 130), ("SIGTERM", 12, -signal.SIGTERM)])
def test_a_stop_while_the_schema_is_made_exits_as_interrupted_and_the_next_run_works(tmp_path: Path, name: str,
                                                                                      at: int, code: int) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(3):
        (folder / f"{n:04d}.eml").write_bytes(mail(n))
    url = f"sqlite:///{tmp_path / 'new.db'}"
    argv = triage_argv(str(folder), "--db", url)
    done = subprocess.run([sys.executable, "-c", DRIVER, name, str(at), *argv[3:]], cwd=_ROOT, capture_output=True,
                          text=True, env=env_with(None), timeout=300)
    assert done.returncode == code, done.stderr
    assert done.stdout == ""
    if name == "SIGINT":
        assert done.stderr.splitlines()[-1] == "inquiry-triage: interrupted", done.stderr
    assert "Traceback" not in done.stderr and "database failed" not in done.stderr, done.stderr

    again = subprocess.run(argv, cwd=_ROOT, capture_output=True, text=True, env=env_with(None), timeout=300)
    assert again.returncode == 0, again.stderr
    assert len([json.loads(line) for line in again.stdout.splitlines()]) == 3 == len(stored_rows(url))
