"""A nameless chat record in triage's table: '(no name)' in the reader's language, as `queue` shows it
(newcomer: the zh table printed English '(no name)' while `queue` printed （无名称）)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def table(tmp_path: Path, lang: str) -> str:
    log = tmp_path / "chat.jsonl"
    log.write_text(json.dumps({"id": "x1", "channel": "whatsapp", "body": "price for 500 pcs?",
                               "received_at": "2026-12-01T10:00:00+01:00"}) + "\n", encoding="utf-8")
    env = {**os.environ, "INQUIRY_TRIAGE_LANG": lang, "INQUIRY_TRIAGE_CONFIG": ""}
    done = subprocess.run([sys.executable, "-m", "inquiry_triage", "triage", str(log), "--no-store", "--offline"],
                          capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_a_nameless_buyer_is_named_in_the_readers_language(tmp_path):
    assert "（无名称）" in table(tmp_path, "zh") and "(no name)" not in table(tmp_path, "zh")
    assert "(no name)" in table(tmp_path, "en")
