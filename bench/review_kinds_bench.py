"""Migration 0013's _review_kinds section alone (issue 10): the suspicion kinds column added and back-filled
(or dropped) on a store already at 0012, timed beside a bare `SELECT count(*) FROM inquiries` measured in
the same run, with how many rows it wrote. A bench tool only: the product migrates by revision
(open_store runs both sections of 0013).

    .venv/bin/python bench/review_kinds_bench.py section --db URL [--down]
    # the one statement the column changed, old and new alternated in one process (store at 0013):
    .venv/bin/python bench/review_kinds_bench.py reads --db URL [--repeat 7]
    # the review list itself, before/after (queue_filters_bench's runner, best of --repeat):
    .venv/bin/python bench/queue_filters_bench.py run --db URL --repeat 5 --only review

Figures are printed, never asserted; the machine is shared (2 cores): say the load next to any figure.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

MIGRATION = (Path(__file__).resolve().parents[1]
             / "inquiry_triage/store/migrations/versions/0013_review_kinds_and_chat_app.py")


def _masked(url: str) -> str:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import store_bench as sb

    return sb._masked(url)


def section(url: str, up: bool) -> None:
    from alembic.migration import MigrationContext
    from alembic.operations import Operations
    from sqlalchemy import create_engine, text

    spec = importlib.util.spec_from_file_location("migration_0013", MIGRATION)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    engine = create_engine(url)
    with engine.connect() as conn:
        started = time.perf_counter()
        rows = conn.scalar(text("SELECT count(*) FROM inquiries"))
        baseline = time.perf_counter() - started
    started = time.perf_counter()
    with engine.begin() as conn, Operations.context(MigrationContext.configure(conn)):
        (module._review_kinds_up if up else module._review_kinds_down)()
    spent = time.perf_counter() - started
    written = ""
    if up:
        with engine.connect() as conn:
            written = f", {conn.scalar(text('SELECT count(*) FROM inquiries WHERE suspicion_kinds IS NOT NULL')):,} rows written"
    engine.dispose()
    print(f"0013 _review_kinds_{'up' if up else 'down'} on {_masked(url)} ({rows:,} inquiries): {spent:.1f} s"
          f"{written}; same-run SELECT count(*) {baseline * 1000:.0f} ms; load {os.getloadavg()[0]:.1f}")


def reads(url: str, repeat: int) -> None:
    """The statement this column changed, old and new read of one whole review list's kinds (every waiting
    review, as `queue review --format json` reads them), alternated in one process, best of --repeat,
    beside a bare count(*) in the same rounds."""
    from sqlalchemy import bindparam, create_engine, select, text

    from inquiry_triage.store.models import InquiryRow
    from inquiry_triage.store.queue import review_page

    engine = create_engine(url)
    with engine.connect() as conn:
        from sqlalchemy.orm import Session

        with Session(conn) as session:
            ids = [e.inquiry_id for e in review_page(session, limit=None).entries]
    by_ids = InquiryRow.id.in_(bindparam(None, ids, expanding=True, literal_execute=True, unique=True))
    statements = {"count(*)": text("SELECT count(*) FROM inquiries"),
                  "kinds from result JSON (before)": select(InquiryRow.id, InquiryRow.risk, InquiryRow.result["suspicion"]).where(by_ids),
                  "kinds column (after)": select(InquiryRow.id, InquiryRow.risk, InquiryRow.suspicion_kinds).where(by_ids)}
    best = dict.fromkeys(statements, float("inf"))
    with engine.connect() as conn:
        for _ in range(repeat):
            for label, stmt in statements.items():
                started = time.perf_counter()
                conn.execute(stmt).all()
                best[label] = min(best[label], time.perf_counter() - started)
    engine.dispose()
    print(f"{len(ids):,} waiting reviews on {_masked(url)}, best of {repeat}, load {os.getloadavg()[0]:.1f}: "
          + ", ".join(f"{label} {ms * 1000:.1f} ms" for label, ms in best.items()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    s = sub.add_parser("section")
    s.add_argument("--db", required=True)
    s.add_argument("--down", action="store_true")
    r = sub.add_parser("reads")
    r.add_argument("--db", required=True)
    r.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args(argv)
    if args.command == "reads":
        reads(args.db, args.repeat)
    else:
        section(args.db, not args.down)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
