"""Server times of the web queue's pages on a big store (issue 11's benchmark; figures, not a test).

    # a store first (bench/store_bench.py builds 10k / 100k / 1M inquiries; SQLite or PostgreSQL)
    .venv/bin/python bench/store_bench.py build --size 100000 --db sqlite:////tmp/bench-100k.db
    .venv/bin/python bench/web_bench.py --db sqlite:////tmp/bench-100k.db [--requests 50]

The app runs in this process (Starlette's TestClient: no network, no uvicorn), so a figure is the
server's own time for one request: session check, queue query, rendering. Each page is asked
--requests times as an agent and as a lead ("bench-agent", "bench-lead", added when missing; a
bench store only); p50 / p95 / max in milliseconds are printed. Target (issue 11): p95 < 100 ms
for the queue and task pages.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
import warnings
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

PASSWORD = "bench password 1234"
BASE = "http://127.0.0.1:8080"


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", required=True, help="database URL of a bench store")
    parser.add_argument("--requests", type=int, default=50, help="requests per page (default 50)")
    args = parser.parse_args(argv)
    os.environ.setdefault("INQUIRY_TRIAGE_CONFIG", "")
    warnings.simplefilter("ignore", DeprecationWarning)

    from sqlalchemy import func, select
    from starlette.testclient import TestClient

    from inquiry_triage.config import load_config
    from inquiry_triage.queue import users
    from inquiry_triage.store import open_store
    from inquiry_triage.store.models import InquiryRow, TaskRow
    from inquiry_triage.web.app import create_app

    engine, sessions = open_store(args.db)
    with sessions.begin() as s:
        inquiries = s.scalar(select(func.count()).select_from(InquiryRow))
        for name, role in (("bench-agent", "agent"), ("bench-lead", "lead")):
            if users.find_user(s, name) is None:
                users.add_user(s, name, role, PASSWORD, datetime.now(timezone.utc), language="zh")
        live = list(s.scalars(select(TaskRow.id).where(TaskRow.state.in_(("open", "claimed")), TaskRow.kind == "reply")
                              .order_by(TaskRow.id.desc()).limit(args.requests)))
    app = create_app(load_config(None), sessions)
    print(f"store: {inquiries:,} inquiries ({engine.dialect.name}); {args.requests} requests per page; "
          "server time in ms (in-process)")
    print(f"{'page':44} {'p50':>7} {'p95':>7} {'max':>7}")
    for who in ("bench-agent", "bench-lead"):
        c = TestClient(app, base_url=BASE, follow_redirects=False)
        r = c.post("/login", data={"name": who, "password": PASSWORD}, headers={"origin": BASE})
        assert r.status_code == 303, r.text
        pages = [("/", "queue page"), ("/queue/rows", "queue rows (the poll)"), ("/?grade=A&overdue=1", "queue A, overdue"),
                 ("/?language=ru", "queue language=ru"), ("/?unassigned=1&page=5", "queue unassigned, page 5")]
        if who == "bench-lead":
            pages.append(("/review", "review page"))
        for path, label in pages:
            times = []
            for _ in range(args.requests):
                start = time.perf_counter()
                status = c.get(path).status_code
                times.append((time.perf_counter() - start) * 1000)
                assert status == 200, (path, status)
            print(f"{who + ': ' + label:44} {statistics.median(times):7.1f} {_percentile(times, 0.95):7.1f} "
                  f"{max(times):7.1f}")
        times = []
        for task_id in live:
            start = time.perf_counter()
            status = c.get(f"/task/{task_id}").status_code
            times.append((time.perf_counter() - start) * 1000)
            assert status in (200, 403), status
        if times:
            print(f"{who + ': task page (' + str(len(times)) + ' tasks)':44} {statistics.median(times):7.1f} "
                  f"{_percentile(times, 0.95):7.1f} {max(times):7.1f}")
    engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
