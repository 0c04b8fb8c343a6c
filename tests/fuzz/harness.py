"""Write a fuzz set to a folder and run the real `triage` command over it in a child process.

Shared by tests/fuzz/test_fuzz.py (bounded, in CI) and bench/fuzz.py (long runs).
"""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from tests.fuzz.mutator import crafted_files, mutated_messages, mutated_record_lines, seed_messages

ROOT = Path(__file__).resolve().parents[2]

# The child reports its own peak RSS: getrusage(RUSAGE_CHILDREN) in the parent would mix runs, and
# the child's ru_maxrss would carry the pytest worker's (tests/peak_rss.py).
_RUN = ("import sys\n"
        "from inquiry_triage.cli import main\n"
        "from tests.peak_rss import own_peak_rss_kb\n"
        "try:\n"
        "    code = main(sys.argv[1:])\n"
        "finally:\n"
        "    print(f'PEAK_RSS_KB {own_peak_rss_kb()}', file=sys.stderr)\n"
        "sys.exit(code)\n")


def hostile_csv_rows() -> bytes:
    """An RFQ export (the default [csv.columns]: title, description, quantity, unit, country) with
    formula cells, a 131k field, a ragged row and one Latin-1 byte."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["title", "description", "quantity", "unit", "country"])
    cells = ["=HYPERLINK(\"http://x\",\"y\")", "@SUM(1)", "+cmd|' /C calc'!A0", "-2+3", "\t=1", "ok"]
    for cell in cells:
        writer.writerow([cell, "Please quote " + cell, "100", "pieces", "DE"])
    writer.writerow(["big", "x" * 131_072, "1", "set", "US"])
    writer.writerow(["ragged", "only two"])
    data = out.getvalue().encode("utf-8")
    return data + b"Silla,Hola, quiero 300 sillas de jard\xedn,300,pieces,ES\n"


@dataclass
class FuzzSet:
    parts: list[Path]  # folders, one per triage process run side by side
    items: int  # how many items triage should report, one output line each
    files: dict[str, int] = field(default_factory=dict)  # file name -> items it holds


def write_fuzz_set(folder: Path, *, messages: int, records: int, seed: int, corpus_sample: int = 300,
                   parts: int = 2) -> FuzzSet:
    """Mutated messages spread over `parts` folders, the crafted cases, a JSONL log and an RFQ CSV."""
    folders = [folder / f"part{index}" for index in range(parts)]
    for part in folders:
        part.mkdir(parents=True, exist_ok=True)
    files: dict[str, int] = {}
    seeds = seed_messages(corpus_sample, seed)
    for index, raw in enumerate(mutated_messages(messages, seed, seeds)):
        name = f"m{index:06d}.eml"
        (folders[index % parts] / name).write_bytes(raw)
        files[name] = 1
    for name, raw in crafted_files().items():
        (folders[0] / name).write_bytes(raw)
        files[name] = 1
    log = b"".join(mutated_record_lines(records, seed))
    (folders[-1] / "records.jsonl").write_bytes(log)
    files["records.jsonl"] = sum(1 for line in log.split(b"\n") if line.strip())
    rfq = hostile_csv_rows()
    (folders[0] / "rfq.csv").write_bytes(rfq)
    files["rfq.csv"] = rfq.count(b"\n") - 1  # every row after the header is an item (good or failed)
    return FuzzSet(parts=folders, items=sum(files.values()), files=files)


@dataclass
class RunResult:
    returncode: int
    lines: list[dict]
    stderr: str
    seconds: float
    peak_rss_mb: float


def _command(paths: list[Path], db_url: str, extra: tuple[str, ...]) -> list[str]:
    return [sys.executable, "-c", _RUN, "triage", *map(str, paths), "--format", "jsonl", "--offline",
            "--no-progress", "--db", db_url, *extra]


def _result(returncode: int, stdout: bytes, stderr_bytes: bytes, seconds: float) -> RunResult:
    stderr = stderr_bytes.decode("utf-8", "replace")
    peak = re.search(r"PEAK_RSS_KB (\d+)", stderr)
    lines = [json.loads(line) for line in stdout.decode("utf-8").splitlines() if line.strip()]
    return RunResult(returncode, lines, stderr, seconds, int(peak.group(1)) / 1024 if peak else float("nan"))


def run_triage(paths: list[Path], db_url: str, *, timeout: float, extra: tuple[str, ...] = ()) -> RunResult:
    started = time.monotonic()
    proc = subprocess.run(_command(paths, db_url, extra), cwd=ROOT, capture_output=True, timeout=timeout)
    return _result(proc.returncode, proc.stdout, proc.stderr, time.monotonic() - started)


def run_side_by_side(groups: list[list[Path]], db_url: str, *, timeout: float) -> list[RunResult]:
    """One `triage` process per group, all at once on one database (the concurrency case too)."""
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as tmp:
        procs = []
        for index, paths in enumerate(groups):
            out = open(Path(tmp) / f"{index}.out", "w+b")  # files, not pipes: no pipe-buffer deadlock
            err = open(Path(tmp) / f"{index}.err", "w+b")
            procs.append((subprocess.Popen(_command(paths, db_url, ()), cwd=ROOT, stdout=out, stderr=err), out, err))
        results = []
        for proc, out, err in procs:
            try:
                code = proc.wait(timeout=max(1.0, timeout - (time.monotonic() - started)))
            except subprocess.TimeoutExpired:
                proc.kill()
                code = proc.wait()
            out.seek(0)
            err.seek(0)
            results.append(_result(code, out.read(), err.read(), time.monotonic() - started))
            out.close()
            err.close()
    return results
