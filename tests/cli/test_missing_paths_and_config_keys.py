"""A missing path among several does not stop the others: they are triaged (and stored), each
missing one is reported on stderr as a failed input, and the run exits 2 (a missing path is a usage
error) at the end; with no path that exists it stops at once (2, nothing stored). A wrong timezone
is reported under the key and in the file the user wrote ([seller] timezone, not [business])."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ONE = ROOT / "fixtures" / "emails" / "company_rfq_fob.eml"


def cli(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "INQUIRY_TRIAGE_CONFIG": "", "INQUIRY_TRIAGE_USER": "alice"}
    return subprocess.run([sys.executable, "-m", "inquiry_triage", *args], capture_output=True, text=True, cwd=ROOT,
                          env=env, timeout=180)


def test_the_paths_that_exist_are_triaged_and_each_missing_one_is_reported(tmp_path: Path) -> None:
    assert ONE.is_file()
    db = f"sqlite:///{tmp_path / 'paths.db'}"
    run = cli("triage", str(tmp_path / "typo-1"), str(ONE), str(tmp_path / "typo-2"), "--db", db, "--offline",
              "--format", "jsonl", "--no-progress")
    assert run.returncode == 2
    assert [json.loads(line)["source"] for line in run.stdout.splitlines()] == [str(ONE)]
    assert f"inquiry-triage triage: error: {tmp_path / 'typo-1'}: no such file or folder (failed input: skipped)" in run.stderr
    assert f"inquiry-triage triage: error: {tmp_path / 'typo-2'}: no such file or folder (failed input: skipped)" in run.stderr
    assert "1 triaged" in run.stderr and "2 input(s) not found (failed)" in run.stderr
    stored = json.loads(cli("queue", "--db", db, "--format", "json").stdout)
    assert len(stored) == 1  # the existing path's inquiry was stored


def test_no_existing_path_stops_before_any_work(tmp_path: Path) -> None:
    db = tmp_path / "none.db"
    run = cli("triage", str(tmp_path / "a"), str(tmp_path / "b"), "--db", f"sqlite:///{db}", "--offline")
    assert run.returncode == 2 and not run.stdout
    assert f"{tmp_path / 'a'}: no such file or folder" in run.stderr and f"{tmp_path / 'b'}" in run.stderr
    assert not db.exists()


def test_a_wrong_timezone_is_reported_under_the_key_and_file_written(tmp_path: Path) -> None:
    for section in ("seller", "business"):
        config = tmp_path / f"{section}.toml"
        config.write_text(f'[{section}]\ntimezone = "Asia/Beijing"\n')
        run = cli("queue", "--config", str(config), "--db", f"sqlite:///{tmp_path / 'tz.db'}")
        assert run.returncode == 2
        assert f"{config}: [{section}] timezone = 'Asia/Beijing' is not a known timezone" in run.stderr
        assert "default.toml" not in run.stderr
