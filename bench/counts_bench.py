"""`status` and the dashboard's volume from the counters (migration 0011 _counts, reports/counts.py)
against reading the inquiries directly (the code before them), on a bench store; figures, not a test.

    .venv/bin/python bench/counts_bench.py --db sqlite:////tmp/bench-1m.db            # migrates it to head
    .venv/bin/python bench/counts_bench.py --db URL --direct-only                      # before: no migration

Each figure is the best (and median) of --repeat runs in this process, in ms, beside a bare
`SELECT count(*) FROM inquiries` timed the same way in the same run. The clock is the build's `now`
(bench/store_bench.py's marker audit row) so runs on one store compare; the seller's zone is
Asia/Shanghai (the default calendar) and, for the quarter-hour counters, Asia/Kolkata (+05:30).
Opening the store with the package migrates it: the time that takes (0011's back-fill of the
counters, when the store was at 0010) is printed first. The machine is shared: say so by any figure.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

MARKER_ACTOR, MARKER_ACTION = "store_bench", "bench-build"  # as bench/store_bench.py writes it


def _best(call: Callable[[], object], repeat: int) -> tuple[float, float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        times.append((time.perf_counter() - start) * 1000)
    return min(times), statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", required=True, help="database URL of a bench store")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--periods", default="1w,4w,13w,all", help="dashboard periods (default 1w,4w,13w,all)")
    parser.add_argument("--direct-only", action="store_true",
                        help="open without migrating and time only the direct paths (the figures before 0011)")
    parser.add_argument("--direct-periods", default="1w,4w",
                        help="periods the direct path is timed for too (default 1w,4w: seconds each at 1M)")
    args = parser.parse_args(argv)

    from sqlalchemy import create_engine, func, select, text
    from sqlalchemy.orm import sessionmaker

    from inquiry_triage.reports.status import collect_status
    from inquiry_triage.store import open_store
    from inquiry_triage.store.models import AuditRow
    from inquiry_triage.web.dashboard import period_start, volume

    if args.direct_only:
        engine = create_engine(args.db)
        sessions = sessionmaker(engine)
    else:
        start = time.perf_counter()
        engine, sessions = open_store(args.db)
        print(f"open_store (migrations, 0011's back-fill if the store was at 0010): "
              f"{time.perf_counter() - start:.1f} s", flush=True)
    with sessions() as s:
        marker = s.scalar(select(AuditRow.detail).where(AuditRow.actor == MARKER_ACTOR, AuditRow.action == MARKER_ACTION)
                          .order_by(AuditRow.id.desc()).limit(1)) or {}
        inquiries = s.scalar(text("SELECT count(*) FROM inquiries"))
        pending = 0 if args.direct_only or engine.dialect.name != "postgresql" else \
            s.scalar(text("SELECT count(*) FROM inquiry_count_deltas"))
    now = datetime.fromisoformat(marker["now"]) if marker.get("now") else datetime.now(timezone.utc)
    print(f"store: {inquiries:,} inquiries ({engine.dialect.name}); now {now.isoformat(timespec='minutes')}; "
          f"delta rows pending {pending:,}; best / median of {args.repeat} in ms (in-process; shared machine)")

    def row(label: str, call: Callable[[], object]) -> None:
        best, median = _best(call, args.repeat)
        print(f"{label:58} {best:9.1f} {median:9.1f}", flush=True)

    def in_session(work: Callable[..., object]) -> Callable[[], object]:
        def call() -> object:
            with sessions() as s:
                return work(s)
        return call

    row("baseline: SELECT count(*) FROM inquiries", in_session(lambda s: s.execute(text("SELECT count(*) FROM inquiries"))
                                                                .scalar()))
    paths = [("direct", False)] if args.direct_only else [("counters", True), ("direct", False)]
    direct_periods = {p.strip() for p in args.direct_periods.split(",") if p.strip()}
    for name, counters in paths:
        row(f"status ({name})", in_session(lambda s, c=counters: collect_status(s, now, use_counters=c)))
    if not args.direct_only:
        from inquiry_triage.reports import counts
        row("  of which inquiries by status (counters)", in_session(counts.by_status))
        row("  ... (bare count(*) + failed, the direct rule)",
            in_session(lambda s: s.scalar(select(func.count()).select_from(text("inquiries")))))
    for zone_name in ("Asia/Shanghai", "Asia/Kolkata"):
        zone = ZoneInfo(zone_name)
        for period in [p.strip() for p in args.periods.split(",") if p.strip()]:
            since = period_start(period, now)
            for name, counters in paths:
                if name == "direct" and period not in direct_periods:
                    continue
                row(f"volume {period:4} {zone_name:14} ({name})",
                    in_session(lambda s, c=counters, since=since, z=zone: volume(s, since, z, use_counters=c)))
    # A period start inside an hour (the first partial hour read directly) and on a whole hour.
    if not args.direct_only:
        for label, since in (("4w from a whole hour", (now - timedelta(weeks=4)).replace(minute=0, second=0, microsecond=0)),
                             ("4w from hh:59:59", (now - timedelta(weeks=4)).replace(minute=59, second=59))):
            row(f"volume {label} (counters)", in_session(lambda s, since=since: volume(s, since, ZoneInfo("Asia/Shanghai"))))
    engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
