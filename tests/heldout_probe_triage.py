"""What `triage` emits for one held-out probe part (its .eml files and chat.jsonl), keyed as the part's
labels.toml names the items (the one runner of tests/test_heldout_probe*.py), and the figures that
test_heldout_probe_parts.py scores on them."""

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


def score(got: dict[str, dict], labels: dict[str, dict], part: str | None = None) -> dict:
    """A part's figures over all its items, or over those whose label names `part` (e.g. "third-fresh"):
    bad (scam, phishing, spy) caught, genuine and ham flagged, language, grades, flags without a reason."""
    fig: dict = {"missed": [], "false_alarms": [], "wrong_language": [], "wrong_grade": [], "unexplained": []}
    bad = [0, 0]
    labels = {k: v for k, v in labels.items() if part in (None, v["part"])}
    for key, label in labels.items():
        line = got[key]
        flagged = bool(line["suspicious"])
        if label["class"] == "genuine":
            if flagged:
                fig["false_alarms"].append(f"{key} (risk {line['risk']}: {line['suspicion']})")
        else:
            bad[1] += 1
            if flagged:
                bad[0] += 1
            else:
                fig["missed"].append(f"{key} (risk {line['risk']})")
        if line["language"] != label["lang"]:
            fig["wrong_language"].append(f"{key} ({line['language']} for {label['lang']})")
        if label.get("signals") == "full" and line["grade"] in ("C", "D"):
            fig["wrong_grade"].append(f"{key} ({line['grade']})")
        if flagged and not [r for r in line["reasons"] if r["kind"] in ("scam", "spy") and r["detail"]]:
            fig["unexplained"].append(key)
    fig["bad"] = bad
    fig["bad_caught"] = bad[0] / bad[1]
    fig["language_right"] = 1 - len(fig["wrong_language"]) / len(labels)
    fig["total"] = len(labels)
    return fig
