"""Ctrl-C or SIGTERM right after a batch's commit: every committed item is still printed.

`triage` prints an item only once its batch is committed, and a stop abandons only uncommitted work
(README, triage). A signal that arrived between write_batch's commit and the reports of that
batch's items used to store them unprinted (a re-run then calls them "already triaged"). Here the
run sends itself the signal at a fixed point, just after its second batch commits, and the stored
rows must equal the printed lines."""

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
from tests.test_batched_store import config_file, env_with, stored_rows, triage_argv  # noqa: E402

# Runs `triage` with write_batch wrapped: after its second commit the process signals itself.
# SIGINT gets Python's own handler first, as a run from a terminal has it: a process started in the
# background by a shell (a CI runner's job) inherits SIGINT ignored, and Python then leaves it ignored.
DRIVER = """
import os, signal, sys
signal.signal(signal.SIGINT, signal.default_int_handler)
from inquiry_triage.store import guard
from inquiry_triage import cli
real, seen = guard.write_batch, []
def signalled_after_commit(sessions, writes):
    outcomes = real(sessions, writes)
    seen.append(1)
    if len(seen) == 2:
        os.kill(os.getpid(), getattr(signal, sys.argv[1]))
    return outcomes
guard.write_batch = signalled_after_commit
sys.exit(cli.main(sys.argv[2:]))
"""


@pytest.mark.parametrize("name, code", [("SIGINT", 130), ("SIGTERM", -signal.SIGTERM)])
def test_a_stop_right_after_a_commit_still_prints_that_batch(tmp_path: Path, name: str, code: int) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(12):
        (folder / f"{n:04d}.eml").write_bytes(mail(n))
    url = f"sqlite:///{tmp_path / 'triage.db'}"
    argv = triage_argv(str(folder), "--db", url, "--jobs", "1")[3:]  # after "python -m inquiry_triage"
    done = subprocess.run([sys.executable, "-c", DRIVER, name, *argv], cwd=_ROOT, capture_output=True, text=True,
                          env=env_with(config_file(tmp_path, batch_size=3)), timeout=300)
    assert done.returncode == code, done.stderr
    printed = [json.loads(line) for line in done.stdout.splitlines()]
    stored = stored_rows(url)
    assert len(stored) == 6  # two batches committed, the rest abandoned (redone by the next run)
    assert len(printed) == len(stored)
