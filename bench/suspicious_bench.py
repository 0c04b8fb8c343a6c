"""`report suspicious` at scale: the statements of one page (counts and rows) as the report ran before
the received/state columns and the default "waiting" filter, and as it runs now, beside a bare
`SELECT count(*)` measured in the same run. Prints milliseconds (best and median of --repeat runs)
and the statements each needs; never asserts (timings belong here, not in tests).

    .venv/bin/python bench/suspicious_bench.py --db postgresql+psycopg://postgres@127.0.0.1:55432/COPY
    .venv/bin/python bench/suspicious_bench.py --db "sqlite:///file:/tmp/bench-1m.db?mode=ro&uri=true"

The store is opened as it is (no migration: only columns every store since 0008 has are read), so a
shared SQLite bench file can be measured read-only without a copy.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import create_engine, event, func, select, text
from sqlalchemy.orm import sessionmaker

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from inquiry_triage.reports.suspicious import (  # noqa: E402
    Paging,
    count_listing,
    suspicious_rows,
    write_suspicious,
)
from inquiry_triage.store.models import InquiryRow  # noqa: E402

_OLD_COLUMNS = (InquiryRow.id, InquiryRow.message_id, InquiryRow.triaged_at, InquiryRow.result, InquiryRow.risk,
                InquiryRow.grade, InquiryRow.channel, InquiryRow.from_addr, InquiryRow.subject, InquiryRow.source)


def old_page(session, limit: int, offset: int) -> int:  # type: ignore[no-untyped-def]
    """The report's two statements before this change (reports/suspicious.py at 4748e86)."""
    where = InquiryRow.suspicious.is_(True)
    session.scalar(select(func.count()).select_from(InquiryRow).where(where))
    rows = session.execute(select(*_OLD_COLUMNS).where(where).order_by(InquiryRow.risk.desc(), InquiryRow.id)
                           .offset(offset).limit(limit)).all()
    return len(rows)


def new_page(session, limit: int, offset: int, state: str) -> int:  # type: ignore[no-untyped-def]
    """As `report suspicious --state STATE --limit LIMIT` runs a page (cli._report_suspicious)."""
    counted = count_listing(session, None, state)
    out = io.StringIO()
    return write_suspicious(out, suspicious_rows(session, None, limit=limit, offset=offset, state=state,
                                                 zone=ZoneInfo("Asia/Shanghai")),
                            "table", Paging.of(counted, offset, limit, state=state))


def measure(sessions, engine, run: Callable, repeat: int) -> tuple[float, float, int]:  # type: ignore[no-untyped-def]
    statements: list[str] = []

    def log(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        statements.append(statement)

    times = []
    for n in range(repeat):
        statements.clear()
        event.listen(engine, "before_cursor_execute", log)
        try:
            with sessions() as s:
                start = time.perf_counter()
                run(s)
                times.append((time.perf_counter() - start) * 1000)
        finally:
            event.remove(engine, "before_cursor_execute", log)
    return min(times), statistics.median(times), len(statements)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", required=True)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    engine = create_engine(args.db)
    sessions = sessionmaker(engine)
    cases: list[tuple[str, Callable]] = [
        ("baseline SELECT count(*) FROM inquiries", lambda s: s.execute(text("SELECT count(*) FROM inquiries")).scalar()),
        ("before: count + page 1 (50)", lambda s: old_page(s, 50, 0)),
        ("before: count + page 40 (50)", lambda s: old_page(s, 50, 1950)),
        ("before: count + page 1 (500)", lambda s: old_page(s, 500, 0)),
        ("now: counts + page 1 (50), waiting", lambda s: new_page(s, 50, 0, "waiting")),
        ("now: counts + page 40 (50), waiting", lambda s: new_page(s, 50, 1950, "waiting")),
        ("now: counts + page 1 (50), dismissed", lambda s: new_page(s, 50, 0, "dismissed")),
        ("now: counts + page 1 (50), all", lambda s: new_page(s, 50, 0, "all")),
        ("now: counts + page 1 (500), waiting", lambda s: new_page(s, 500, 0, "waiting")),
    ]
    print(f"{'case':45} {'best ms':>9} {'median ms':>10} {'statements':>11}")
    for name, run in cases:
        best, median, count = measure(sessions, engine, run, args.repeat)
        print(f"{name:45} {best:9.1f} {median:10.1f} {count:11d}")
    engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
