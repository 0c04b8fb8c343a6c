"""What `triage` emits for one held-out probe part (its .eml files and chat.jsonl), keyed as the part's
labels.toml names the items: the one runner of tests/test_heldout_probe.py and test_heldout_probe_third.py."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@lru_cache(maxsize=None)
def triage_part(folder: Path, now: str) -> dict[str, dict]:
    """Each item's JSONL line, by `name.eml` or `chat.jsonl#<record id>`, triaged offline at `now`."""
    lines = (folder / "chat.jsonl").read_text(encoding="utf-8").splitlines()
    chat_ids = [json.loads(line)["id"] for line in lines if line.strip()]

    def key(line: dict) -> str:
        source = line["source"]
        if source.endswith(".eml"):
            return Path(source).name
        return f"chat.jsonl#{chat_ids[int(source.rpartition(':')[2]) - 1]}"

    paths = sorted(str(p) for p in folder.glob("*.eml")) + [str(folder / "chat.jsonl")]
    env = {**os.environ, "INQUIRY_TRIAGE_CONFIG": ""}
    cmd = [sys.executable, "-m", "inquiry_triage", "triage", *paths, "--format", "jsonl", "--offline",
           "--no-store", "--no-progress", "--now", now]
    out = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, check=True).stdout
    return {key(line): line for line in map(json.loads, out.splitlines())}
