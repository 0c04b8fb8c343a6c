"""What the counters' triggers (migration 0011 _counts) cost the store; figures, not a test.

    .venv/bin/python bench/counts_store_cost.py [--count 1000] [--repeat 3] [--rows 20000] [--pg-url URL]

1. `triage` of --count corpus messages (bench/backfill.py's pick, --jobs 1, --offline, jsonl) as
   whole processes, interleaved, best of --repeat by wall clock: --no-store (the pipeline alone),
   stored in a new SQLite file as shipped, and stored in one whose counters' triggers were dropped
   (the store before 0011 _counts). The store's cost = stored - --no-store.
2. The triggers alone: --rows inquiry rows inserted in batches of 500 (executemany, one commit per
   batch) into a new store with and without them, SQLite and, with --pg-url (an empty database the
   script fills and empties), PostgreSQL.
The machine is shared: the load average is printed; say so by any figure.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from backfill import pick_messages, run_triage  # noqa: E402  (bench/ is this script's directory)

_SQLITE_TRIGGERS = ("tr_inquiries_counts_insert", "tr_inquiries_counts_delete", "tr_inquiries_counts_update")


def _drop_count_triggers(url: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.begin() as connection:
        if engine.dialect.name == "postgresql":
            connection.execute(text("DROP TRIGGER tr_inquiries_counts ON inquiries"))
            connection.execute(text("DROP TRIGGER tr_inquiries_counts_update ON inquiries"))
        else:
            for name in _SQLITE_TRIGGERS:
                connection.execute(text(f"DROP TRIGGER {name}"))
    engine.dispose()


def _fresh_sqlite(work: Path, name: str, triggers: bool) -> str:
    from inquiry_triage.store import open_store

    db = work / name
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    url = f"sqlite:///{db}"
    engine, _ = open_store(url)
    engine.dispose()
    if not triggers:
        _drop_count_triggers(url)
    return url


def _rows(n: int, start: int) -> list[dict]:
    at = datetime(2026, 11, 1, tzinfo=timezone.utc)
    return [{"message_id": f"<cost{start + i}@x>", "source": "bench", "channel": ("email", "web", "im")[i % 3],
             "status": "triaged", "grade": "B", "suspicious": i % 7 == 0, "language": ("en", "de", "zh")[i % 3],
             "country": ("DE", "CN", "US", "BR")[i % 4], "received_at": at + timedelta(seconds=37 * (start + i)),
             "triaged_at": at + timedelta(seconds=37 * (start + i) + 60), "filing": "inquiry",
             "result": {"suspicion": ["scam"] if i % 7 == 0 else [], "grade": "B"}, "raw": b"x" * 2000,
             "body": "Please quote 500 pcs FOB Ningbo. " * 8}
            for i in range(n)]


def _insert_rows(url: str, total: int) -> float:
    from sqlalchemy import insert

    from inquiry_triage.store import open_store
    from inquiry_triage.store.models import InquiryRow

    engine, sessions = open_store(url)
    started = time.perf_counter()
    for start in range(0, total, 500):
        with sessions.begin() as s:
            s.execute(insert(InquiryRow), _rows(min(500, total - start), start))
    seconds = time.perf_counter() - started
    engine.dispose()
    return seconds


def _empty_pg(url: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpora", type=Path, default=Path("/work/shared/corpora"))
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--rows", type=int, default=20000)
    parser.add_argument("--pg-url", help="an empty PostgreSQL database (emptied per run)")
    parser.add_argument("--no-triage", action="store_true", help="only the row inserts")
    args = parser.parse_args()
    print(f"load average {os.getloadavg()[0]:.1f} {os.getloadavg()[1]:.1f} (2 cores, shared)", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if not args.no_triage:
            paths = pick_messages(args.corpora, args.count)
            n = len(paths)
            runs: dict[str, list[tuple[float, float]]] = {"--no-store": [], "store, counters (0011)": [],
                                                          "store, no counters' triggers": []}
            for _ in range(args.repeat):  # interleaved: a load change hits every variant alike
                wall, cpu, _ = run_triage(paths, ["--no-store"], None)
                runs["--no-store"].append((wall, cpu))
                for label, triggers in (("store, counters (0011)", True), ("store, no counters' triggers", False)):
                    url = _fresh_sqlite(work, "triage.db", triggers)
                    wall, cpu, _ = run_triage(paths, ["--db", url], None)
                    runs[label].append((wall, cpu))
            base = min(runs["--no-store"])[0]
            print(f"triage of {n} corpus messages, --jobs 1, best of {args.repeat} (wall s, CPU s of that run):")
            for label, timed in runs.items():
                wall, cpu = min(timed)
                extra = "" if label == "--no-store" else f"  store cost {wall - base:6.2f} s = {(wall - base) / base:5.1%}"
                print(f"  {label:32} {wall:7.2f} s wall  {cpu:7.2f} s CPU  {n / wall:6.1f} msg/s{extra}", flush=True)
        for name, make in (("SQLite", lambda triggers: _fresh_sqlite(work, "rows.db", triggers)),
                           ("PostgreSQL", None)):
            if make is None and not args.pg_url:
                continue
            best: dict[bool, float] = {}
            for _ in range(args.repeat):
                for triggers in (True, False):
                    if make is not None:
                        url = make(triggers)
                    else:
                        _empty_pg(args.pg_url)
                        url = args.pg_url
                        from inquiry_triage.store import open_store
                        engine, _ = open_store(url)
                        engine.dispose()
                        if not triggers:
                            _drop_count_triggers(url)
                    seconds = _insert_rows(url, args.rows)
                    best[triggers] = min(best.get(triggers, seconds), seconds)
            per_row = (best[True] - best[False]) / args.rows * 1e6
            print(f"{name}: {args.rows:,} inquiry rows in batches of 500: with the counters' triggers "
                  f"{best[True]:.2f} s, without {best[False]:.2f} s: {per_row:+.0f} us a row", flush=True)
        if args.pg_url:
            _empty_pg(args.pg_url)


if __name__ == "__main__":
    main()
