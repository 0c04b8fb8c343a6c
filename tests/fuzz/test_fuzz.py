"""The fuzz suite: thousands of mutated messages and records, plus issue 8's crafted inputs, through
the real `triage` command with the store on: two processes side by side on one database. Whatever
comes in, every item gets exactly one output line and one stored row (or is reported as already
known), nothing prints a traceback, nothing runs over the per-message time budget, and memory stays
bounded.

Seeded and bounded for CI (FUZZ_MESSAGES, default 5,000); bench/fuzz.py runs the long variants.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections import Counter
from pathlib import Path

import pytest

from tests.fuzz.harness import run_side_by_side, run_triage, write_fuzz_set

MESSAGES = int(os.environ.get("FUZZ_MESSAGES", "5000"))
RECORDS = int(os.environ.get("FUZZ_RECORDS", "400"))
SEED = int(os.environ.get("FUZZ_SEED", "20261129"))
PEAK_RSS_MB = 700  # a run peaks near 200 MB; reading the fuzz set whole or a leak goes far past


def _file_of(source: str) -> str:
    """`.../m000017.eml`, `...#1` (a file read as an mbox), `...records.jsonl:12` -> the file's name."""
    return re.split(r"[:#]", Path(source).name, maxsplit=1)[0]


@pytest.fixture(scope="module")
def fuzz_run(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fuzz")
    fuzz = write_fuzz_set(folder / "in", messages=MESSAGES, records=RECORDS, seed=SEED)
    db = folder / "fuzz.db"
    # Generous: about 10x a quiet machine's time, so only a hang or a quadratic blow-up fails it.
    results = run_side_by_side([[part] for part in fuzz.parts], f"sqlite:///{db}", timeout=120 + MESSAGES * 0.3)
    return fuzz, db, results


def test_every_item_gets_one_line_and_no_traceback(fuzz_run):
    fuzz, _, results = fuzz_run
    for result in results:
        assert "Traceback" not in result.stderr, result.stderr[-3000:]
        assert result.returncode == 0, result.stderr[-3000:]
    lines = [line for result in results for line in result.lines]
    per_file = Counter(_file_of(line["source"]) for line in lines)
    wrong = {name: (per_file.get(name, 0), want) for name, want in fuzz.files.items() if per_file.get(name, 0) != want}
    assert not wrong, list(wrong.items())[:20]
    assert len(lines) == fuzz.items
    for line in lines:
        assert line["error"] or line["grade"] in {"A", "B", "C", "D"}, line


def test_every_item_is_stored_or_reported_known(fuzz_run):
    fuzz, db, results = fuzz_run
    with sqlite3.connect(db) as conn:
        stored = conn.execute("select count(*) from inquiries").fetchone()[0]
        failed_without_raw = conn.execute(
            "select count(*) from inquiries where status = 'failed' and (raw is null or length(raw) = 0) "
            "and source like '%.eml'").fetchone()[0]
    known = sum(int(m.group(1)) for r in results for m in [re.search(r"(\d+) already triaged, not stored again", r.stderr)] if m)
    assert stored + known == fuzz.items, [r.stderr[-500:] for r in results]
    assert failed_without_raw == 0  # a failed mail keeps its bytes for a later look


def test_nothing_runs_over_the_time_budget(fuzz_run):
    _, _, results = fuzz_run
    lines = [line for result in results for line in result.lines]
    errors = Counter((line["error"] or "").split(":")[0] for line in lines if line["error"])
    slow = [line["source"] for line in lines if "too long" in (line["error"] or "")]
    assert not slow, (slow[:10], errors.most_common(10))


def test_memory_stays_bounded(fuzz_run):
    _, _, results = fuzz_run
    for result in results:
        assert result.peak_rss_mb < PEAK_RSS_MB, result.peak_rss_mb


def test_a_second_run_adds_nothing(fuzz_run):
    """Exactly once: the crafted cases and the logs again, on the same database, store no new row."""
    fuzz, db, _ = fuzz_run
    again_paths = sorted(p for part in fuzz.parts for p in part.iterdir() if not p.name.startswith("m"))
    with sqlite3.connect(db) as conn:
        before = conn.execute("select count(*) from inquiries").fetchone()[0]
    again = run_triage(again_paths, f"sqlite:///{db}", timeout=300)
    assert again.returncode == 0 and "Traceback" not in again.stderr, again.stderr[-2000:]
    assert len(again.lines) == sum(n for name, n in fuzz.files.items() if not name.startswith("m"))
    with sqlite3.connect(db) as conn:
        after = conn.execute("select count(*) from inquiries").fetchone()[0]
    assert after == before


from tests.servers.postgres import pg_url, postgres_server  # noqa: E402,F401  (fixtures are used by name)

PG_MESSAGES = int(os.environ.get("FUZZ_PG_MESSAGES", "600"))


def test_the_same_fuzz_on_postgresql(tmp_path, pg_url):  # type: ignore[no-untyped-def]
    """PostgreSQL refuses what SQLite takes (NUL bytes, lone surrogates, over-long keys): a smaller
    run of the same generator (another seed) with the store on PostgreSQL."""
    from sqlalchemy import create_engine, text

    fuzz = write_fuzz_set(tmp_path / "in", messages=PG_MESSAGES, records=100, seed=SEED + 1, parts=1)
    result = run_triage(fuzz.parts, pg_url, timeout=120 + PG_MESSAGES * 0.3)
    assert "Traceback" not in result.stderr and result.returncode == 0, result.stderr[-3000:]
    assert len(result.lines) == fuzz.items
    engine = create_engine(pg_url)
    with engine.connect() as conn:
        stored = conn.execute(text("select count(*) from inquiries")).scalar()
        unstorable = conn.execute(text("select count(*) from inquiries where message_id like 'unstorable:%'")).scalar()
    engine.dispose()
    known = re.search(r"(\d+) already triaged, not stored again", result.stderr)
    assert stored + (int(known.group(1)) if known else 0) == fuzz.items
    assert unstorable == 0  # every value was made storable before the write, none needed the fallback
