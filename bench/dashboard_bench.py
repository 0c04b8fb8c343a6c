"""The supervisor's dashboard page (web/dashboard.py) at scale, part by part and statement by statement
(issue 10 item 2), beside a bare `SELECT count(*) FROM inquiries` measured in the same run; best of
--repeat, warm (the days kept by a first run).

    .venv/bin/python bench/dashboard_bench.py --db postgresql+psycopg://postgres@127.0.0.1:55432/COPY \
        [--periods 1w,4w,13w] [--repeat 5] [--statements] [--code DIR]

In-process, as the page calls them (the config's business calendar, `now` = the build's marker, so
runs on one store compare): the page's SLA part (reports/sla.collect_sla_groupings: by grade, agent
and week) and its volume (web/dashboard.volume), then dashboard() whole, then the page itself
through the app (Starlette's TestClient, as a lead: session check, queries, rendering). Per case:
best wall ms, the driver ms of that run (time inside statements; streamed rows are fetched outside
them), statements, and the mean CPU ms of a run (this process + its PostgreSQL backend, from /proc;
10 ms ticks). "nothing held": dashboard() as a process's first (reports/sla.py's held sums of the
kept days cleared before each run; PostgreSQL); the other cases after the first run, sums held.
--statements: each statement of the best whole-dashboard run with its ms.
--touch N: also dashboard() after a write to an inquiry received 1, 2, ... N days before `now`'s UTC
day, in turn (a no-op UPDATE of its grade, which the database's triggers log as a change of that
day, as a reply or a lead's word to it would), one before each run, outside its time: what a report
costs during a working day, when the recent days change between two reports (0: no such case).
--code DIR: a 'before' copy of the package (git archive REV inquiry_triage config | tar -x -C DIR);
the SLA part is then three collect_sla calls (what dashboard() did before).
WRITES to the store (kept days, the bench lead user): run it on a copy. Figures are printed, never
asserted; the machine is shared (2 cores): say the load next to any figure.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import warnings
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
import _code_first  # noqa: E402

if _code_first.from_argv() is None:  # --code DIR: a 'before' copy of the package, imported instead of this tree's
    sys.path.insert(0, str(ROOT))

from sla_bench import _backend_cpu  # noqa: E402  (the backend's CPU from /proc, one way for both benches)

PASSWORD = "bench password 1234"
BASE = "http://127.0.0.1:8080"
MARKER_ACTOR, MARKER_ACTION = "store_bench", "bench-build"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--periods", default="1w,4w,13w")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--statements", action="store_true", help="each statement of the best dashboard() run")
    parser.add_argument("--code", metavar="DIR", help="import inquiry_triage from DIR (a 'before' copy)")
    parser.add_argument("--touch", type=int, default=3, metavar="N",
                        help="also dashboard() after a write to an inquiry received 1..N days back, in turn (0: not)")
    args = parser.parse_args(argv)
    os.environ.setdefault("INQUIRY_TRIAGE_CONFIG", "")
    warnings.simplefilter("ignore", DeprecationWarning)

    from sqlalchemy import event, func, select, update
    from starlette.testclient import TestClient

    from inquiry_triage.config import load_config
    from inquiry_triage.queue import users
    from inquiry_triage.queue.views import seller_calendar
    from inquiry_triage.reports import sla
    from inquiry_triage.store import open_store
    from inquiry_triage.store.models import AuditRow, InquiryRow
    from inquiry_triage.web import dashboard as board
    from inquiry_triage.web.app import create_app

    engine, sessions = open_store(args.db)
    config = load_config(None)
    calendar = seller_calendar(config)
    with sessions.begin() as s:
        marker = s.scalar(select(AuditRow.detail).where(AuditRow.actor == MARKER_ACTOR, AuditRow.action == MARKER_ACTION)
                          .order_by(AuditRow.id.desc()).limit(1)) or {}
        now = datetime.fromisoformat(marker["now"]) if marker.get("now") else datetime.now(timezone.utc)
        if users.find_user(s, "bench-lead") is None:
            users.add_user(s, "bench-lead", "lead", PASSWORD, now, language="zh")
        inquiries = s.scalar(select(func.count()).select_from(InquiryRow))

    statements: list[tuple[float, str]] = []
    started: list[float] = []
    event.listen(engine, "before_cursor_execute", lambda *a: started.append(time.perf_counter()))
    event.listen(engine, "after_cursor_execute",
                 lambda conn, cursor, statement, *a: statements.append(((time.perf_counter() - started.pop()) * 1000,
                                                                        statement)))

    def groupings(s: Any, since: datetime | None) -> Any:
        together = getattr(sla, "collect_sla_groupings", None)
        if together is not None:
            return together(s, now=now, since=since, calendar=calendar)
        return {by: sla.collect_sla(s, now=now, since=since, by=by, calendar=calendar) for by in sla.BY}

    def best(work: Any, prepare: Any = None) -> tuple[float, float, int, float, list[tuple[float, str]]]:
        """(best wall ms, its driver ms, its statements, mean CPU ms, its statements' times) of
        work(session) in a committed transaction (after prepare(), untimed, committed apart)."""
        runs, cpu = [], []
        for _ in range(max(1, args.repeat)):
            if prepare is not None:
                with sessions.begin() as s:
                    prepare(s)
            with sessions() as s:
                s.begin()
                backend = _backend_cpu(s)
                spent = backend()
                statements.clear()
                t0, c0 = time.perf_counter(), time.process_time()
                work(s)
                s.commit()
                wall = (time.perf_counter() - t0) * 1000
                cpu.append((time.process_time() - c0) * 1000 + backend() - spent)
                done = list(statements)
            runs.append((wall, sum(ms for ms, _ in done), len(done), done))
        wall, driver, n, done = min(runs, key=lambda r: r[0])
        return wall, driver, n, sum(cpu) / len(cpu), done

    def line(label: str, figures: tuple[float, float, int, float, Any], base: float) -> None:
        wall, driver, n, cpu, _ = figures
        print(f"{label:34} {wall:8.1f} {driver:9.1f} {n:5d} {cpu:8.1f} {wall / base:7.2f}", flush=True)

    load = os.getloadavg()
    print(f"dashboard, in-process: {engine.dialect.name} {inquiries:,} inquiries, now {now.isoformat(timespec='minutes')}, "
          f"calendar {calendar.timezone}, best of {args.repeat}; load {load[0]:.1f} {load[1]:.1f} {load[2]:.1f} "
          f"(shared 2-core machine)")
    print(f"{'case':34} {'wall ms':>8} {'driver ms':>9} {'stmts':>5} {'cpu ms':>8} {'x count':>7}")
    app = create_app(config, sessions, clock=lambda: now)
    client = TestClient(app, base_url=BASE, follow_redirects=False)
    assert client.post("/login", data={"name": "bench-lead", "password": PASSWORD},
                       headers={"origin": BASE}).status_code == 303
    for period in [p.strip() for p in args.periods.split(",") if p.strip()]:
        since = board.period_start(period, now)
        with sessions.begin() as s:  # first: missing or stale days computed and kept
            groupings(s, since)
        count = best(lambda s: s.scalar(select(func.count()).select_from(InquiryRow)))
        base = count[0]
        line(f"{period}: baseline SELECT count(*)", count, base)
        line(f"{period}: SLA (grade, agent, week)", best(lambda s: groupings(s, since)), base)
        line(f"{period}: volume", best(lambda s: board.volume(s, since, calendar.zone)), base)
        whole = best(lambda s: board.dashboard(s, now, period, calendar))
        line(f"{period}: dashboard() whole", whole, base)
        forget = getattr(sla, "clear_held", None)
        if forget is not None:  # as the first report of a process: no kept days' sums held (PostgreSQL)
            def unheld(s: Any) -> None:
                forget()
                board.dashboard(s, now, period, calendar)
            line(f"{period}: dashboard(), nothing held", best(unheld), base)

        if args.touch > 0:
            midnight = datetime.combine(now.astimezone(timezone.utc).date(), datetime.min.time(), tzinfo=timezone.utc)
            touched = []  # an inquiry of each of the days 1..N back
            with sessions.begin() as s:
                for back in range(1, args.touch + 1):
                    day = midnight - timedelta(days=back)
                    found = s.scalar(select(InquiryRow.id).where(InquiryRow.received_at >= day,
                                                                 InquiryRow.received_at < day + timedelta(days=1))
                                     .order_by(InquiryRow.received_at).limit(1))
                    if found is not None:
                        touched.append(found)

            def touch(s: Any) -> None:  # the day's triggers log a change, as a reply would; the next day next time
                s.execute(update(InquiryRow).where(InquiryRow.id == touched[0]).values(grade=InquiryRow.grade))
                touched.append(touched.pop(0))
            if touched:
                line(f"{period}: dashboard(), days -1..-{args.touch} changed", best(
                    lambda s: board.dashboard(s, now, period, calendar), touch), base)

        def page(s: Any) -> None:
            response = client.get(f"/dashboard?period={period}")
            assert response.status_code == 200, response.status_code
        line(f"{period}: the page (app, as a lead)", best(page), base)
        if args.statements:
            for ms, statement in whole[4]:
                print(f"      {ms:8.1f}  {' '.join(statement.split())[:160]}")
    load = os.getloadavg()
    print(f"load after: {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}")
    engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
