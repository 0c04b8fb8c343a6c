"""Server times of the web queue's pages on a big store (issue 11's benchmark; figures, not a test).

    # a store first (bench/store_bench.py builds 10k / 100k / 1M inquiries; SQLite or PostgreSQL)
    .venv/bin/python bench/store_bench.py build --size 100000 --db sqlite:////tmp/bench-100k.db
    .venv/bin/python bench/web_bench.py --db sqlite:////tmp/bench-100k.db [--requests 50] [--only task,dashboard]

The app runs in this process (Starlette's TestClient: no network, no uvicorn), so a figure is the
server's own time for one request: session check, queries, rendering. Each page is asked once
cold (templates compiled, modules imported on first use: shown apart as "cold"), then --requests
times as an agent and as a lead ("bench-agent", "bench-lead", added when missing; a bench store
only); the dashboard (three `report sla` groupings and the period's volume) and the buyer page
--heavy-requests times. p50 / p95 / max in milliseconds are printed beside the baseline
of the same run: a bare `SELECT count(*) FROM inquiries` through the same engine and session maker.
The clock is the build's `now` (the marker audit row), so runs on one store compare. Target
(issue 11): p95 < 100 ms for the queue and task pages. The machine is shared: say so by any figure.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
import warnings
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

PASSWORD = "bench password 1234"
BASE = "http://127.0.0.1:8080"
MARKER_ACTOR, MARKER_ACTION = "store_bench", "bench-build"  # as bench/store_bench.py writes it


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def _timed(call: Callable[[], object], times: int) -> list[float]:
    """The first (cold: template compiled, modules imported, cache empty) call's ms, then `times` calls."""
    out = []
    for _ in range(times + 1):
        start = time.perf_counter()
        call()
        out.append((time.perf_counter() - start) * 1000)
    return out


def _row(label: str, timed: list[float]) -> None:
    cold, times = timed[0], timed[1:]
    print(f"{label:46} {statistics.median(times):8.1f} {_percentile(times, 0.95):8.1f} {max(times):8.1f} "
          f"{len(times):5d} {cold:8.1f}", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", required=True, help="database URL of a bench store")
    parser.add_argument("--requests", type=int, default=50, help="requests per page (default 50)")
    parser.add_argument("--heavy-requests", type=int, default=10,
                        help="requests per dashboard period and buyer page (default 10)")
    parser.add_argument("--periods", default="1w,4w,13w", help="dashboard periods timed (default 1w,4w,13w)")
    parser.add_argument("--only", default="", help="comma-separated parts of page labels (queue, task, dashboard, buyer)")
    args = parser.parse_args(argv)
    only = [w.strip() for w in args.only.split(",") if w.strip()]
    os.environ.setdefault("INQUIRY_TRIAGE_CONFIG", "")
    warnings.simplefilter("ignore", DeprecationWarning)

    from sqlalchemy import func, select, text
    from starlette.testclient import TestClient

    from inquiry_triage.config import load_config
    from inquiry_triage.queue import users
    from inquiry_triage.store import open_store
    from inquiry_triage.store.models import AuditRow, InquiryRow, TaskRow
    from inquiry_triage.web.app import create_app

    engine, sessions = open_store(args.db)
    with sessions.begin() as s:
        inquiries = s.scalar(select(func.count()).select_from(InquiryRow))
        marker = s.scalar(select(AuditRow.detail).where(AuditRow.actor == MARKER_ACTOR, AuditRow.action == MARKER_ACTION)
                          .order_by(AuditRow.id.desc()).limit(1)) or {}
        now = datetime.fromisoformat(marker["now"]) if marker.get("now") else datetime.now(timezone.utc)
        for name, role in (("bench-agent", "agent"), ("bench-lead", "lead")):
            if users.find_user(s, name) is None:
                users.add_user(s, name, role, PASSWORD, now, language="zh")
        live_rows = s.execute(select(TaskRow.id, TaskRow.inquiry_id).where(TaskRow.state.in_(("open", "claimed")),
                                                                            TaskRow.kind == "reply")
                              .order_by(TaskRow.id.desc()).limit(args.requests)).all()
        live = [t for t, _ in live_rows]
        live_inquiries = [i for _, i in live_rows][:args.heavy_requests]
        # Repeat buyers (bench keys "buyerN@..." below the pool size have several inquiries) with a live task.
        buyers = list(s.scalars(select(InquiryRow.buyer_key).join(TaskRow, TaskRow.inquiry_id == InquiryRow.id)
                                .where(TaskRow.state == "open", TaskRow.kind == "reply",
                                       InquiryRow.buyer_key.like("buyer%@%"))
                                .order_by(InquiryRow.id.desc()).limit(args.heavy_requests)))
    app = create_app(load_config(None), sessions, clock=lambda: now)

    def baseline() -> None:
        with sessions() as s:
            s.execute(text("SELECT count(*) FROM inquiries")).scalar()

    print(f"store: {inquiries:,} inquiries ({engine.dialect.name}); now {now.isoformat(timespec='minutes')}; "
          f"{args.requests} requests per page ({args.heavy_requests} dashboard/buyer); server time in ms "
          "(in-process; shared machine)")
    print(f"{'page':46} {'p50':>8} {'p95':>8} {'max':>8} {'n':>5} {'cold':>8}")
    _row("baseline: SELECT count(*) FROM inquiries", _timed(baseline, max(3, args.heavy_requests)))

    def wanted(label: str) -> bool:
        return not only or any(word in label for word in only)

    for who in ("bench-agent", "bench-lead"):
        c = TestClient(app, base_url=BASE, follow_redirects=False)
        r = c.post("/login", data={"name": who, "password": PASSWORD}, headers={"origin": BASE})
        assert r.status_code == 303, r.text

        def get(path: str, allowed: tuple[int, ...] = (200,)) -> Callable[[], None]:
            def call() -> None:
                status = c.get(path).status_code
                assert status in allowed, (path, status)
            return call

        pages = [("/", "queue page"), ("/queue/rows", "queue rows (the poll)"), ("/?grade=A&overdue=1", "queue A, overdue"),
                 ("/?language=ru", "queue language=ru"), ("/?unassigned=1&page=5", "queue unassigned, page 5")]
        if who == "bench-lead":
            pages.append(("/review", "review page"))
        for path, label in pages:
            if wanted(label):
                _row(f"{who}: {label}", _timed(get(path), args.requests))
        if live and wanted("task page"):
            ids = iter([live[-1], *live])
            _row(f"{who}: task page ({len(live)} tasks)",
                 _timed(lambda: get(f"/task/{next(ids)}", (200, 403))(), len(live)))
        if buyers and wanted("buyer page"):
            keys = iter([buyers[-1], *buyers])
            _row(f"{who}: buyer page ({len(buyers)} buyers)",
                 _timed(lambda: get("/buyer?key=" + next(keys))(), len(buyers)))
            inquiry_ids = iter([live_inquiries[-1], *live_inquiries])
            _row(f"{who}: buyer page ?inquiry=ID",
                 _timed(lambda: get(f"/buyer?inquiry={next(inquiry_ids)}", (200, 404))(), len(live_inquiries)))
        if who == "bench-lead":
            for period in [p.strip() for p in args.periods.split(",") if p.strip()]:
                if wanted(f"dashboard {period}"):
                    _row(f"{who}: dashboard period={period}", _timed(get(f"/dashboard?period={period}"),
                                                                    args.heavy_requests))
    engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
