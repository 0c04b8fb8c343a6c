"""Speed work must not change a verdict: `triage --format jsonl` on a fixed sample of the dev corpora,
the fixtures, the genuine set and RFQ rows, at a fixed `--now`, offline, must print exactly what it
printed when the golden file was written (before the issue-10 optimisations).

Rewrite the golden file only for an intended change of verdicts, and say so in the commit:

    .venv/bin/python tests/test_verdicts_unchanged.py --write
"""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from inquiry_triage.evaluate import default_corpora  # noqa: E402

GOLDEN = ROOT / "tests" / "data" / "verdicts" / "golden.jsonl.gz"
NOW = "2026-06-01T09:00+08:00"  # fixed: deadlines and "overdue" notes depend on the clock
PER_CORPUS = {"phishing": 250, "fraud419": 48, "fraud_modern": 120, "ham": 300, "modern_ham": 200}
RFQ_ROWS = 200


def sample_paths(corpora: Path, workdir: Path) -> list[str]:
    """Evenly spaced files of each corpus (sorted names), the fixtures, the genuine set, RFQ rows."""
    paths: list[str] = []
    for name, want in PER_CORPUS.items():
        files = sorted(p for p in (corpora / name).iterdir() if p.is_file())
        step = max(1, len(files) // want)
        paths += [str(p) for p in files[::step][:want]]
    paths += sorted(str(p) for p in (ROOT / "fixtures").rglob("*") if p.is_file() and p.suffix != ".toml")
    paths += sorted(str(p) for p in (ROOT / "tests" / "data" / "genuine").rglob("*") if p.is_file())
    rfq = corpora / "rfq" / "rfq.csv"
    if rfq.is_file():
        head = workdir / "rfq_head.csv"
        with rfq.open("rb") as src:
            head.write_bytes(b"".join(line for _, line in zip(range(RFQ_ROWS + 1), src)))
        paths.append(str(head))
    return paths


def _portable(line: dict, corpora: Path, workdir: Path) -> dict:
    """The same item has another absolute path in another clone: compare sources relative to their roots."""
    source = line.get("source") or ""
    for root, label in ((str(corpora), "$CORPORA"), (str(ROOT), "$REPO"), (str(workdir), "$TMP")):
        source = source.replace(root, label)
    return {**line, "source": source}


def emitted(corpora: Path) -> list[dict]:
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        paths = sample_paths(corpora, workdir)
        argv = [sys.executable, "-m", "inquiry_triage", "triage", "--format", "jsonl", "--offline", "--no-store",
                "--no-progress", "--now", NOW, *paths]
        env = {**os.environ, "INQUIRY_TRIAGE_CONFIG": ""}
        done = subprocess.run(argv, cwd=ROOT, capture_output=True, env=env, timeout=1800)
        assert done.returncode == 0, done.stderr.decode()[-2000:]
        return [_portable(json.loads(line), corpora, workdir) for line in done.stdout.decode().splitlines()]


def _differences(old: dict, new: dict) -> list[str]:
    keys = sorted(set(old) | set(new))
    return [f"{k}: {old.get(k)!r} -> {new.get(k)!r}" for k in keys if old.get(k) != new.get(k)]


def test_verdicts_identical_to_golden() -> None:
    corpora = default_corpora()
    if not (corpora / "phishing").is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail(f"corpora not found at {corpora} (set INQUIRY_TRIAGE_CORPORA)")
        pytest.skip("corpora not present")
    with gzip.open(GOLDEN, "rt", encoding="utf-8") as f:
        golden = [json.loads(line) for line in f]
    now = emitted(corpora)
    assert len(now) == len(golden), (len(now), len(golden))
    changed = []
    for old, new in zip(golden, now):
        diff = _differences(old, new)
        if diff:
            changed.append(f"{old.get('source')}:\n    " + "\n    ".join(d[:300] for d in diff[:6]))
    assert not changed, f"{len(changed)} of {len(golden)} verdicts changed:\n" + "\n".join(changed[:15])


if __name__ == "__main__" and sys.argv[1:] == ["--write"]:
    lines = emitted(default_corpora())
    GOLDEN.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(GOLDEN, "wt", encoding="utf-8", compresslevel=9) as f:
        for line in lines:
            f.write(json.dumps(line, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"wrote {len(lines)} verdicts to {GOLDEN}")
