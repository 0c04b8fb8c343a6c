"""report sla on a built store, warm (the days kept by a first report), in-process and through the CLI,
beside a bare `SELECT count(*) FROM inquiries` measured in the same run; best of --repeat.

  .venv/bin/python bench/sla_bench.py --db postgresql+psycopg://postgres@127.0.0.1:55432/COPY [--explain]

In-process: collect_sla as `report sla` calls it (its default period, 4 weeks, or --since all; the
config's business calendar), in a committed transaction, wall time of the call, and the time spent
spent executing statements (SQLAlchemy cursor events; streamed rows are fetched outside them).
"after a change": a reply task of an inquiry received 10 days ago is marked done in its own
transaction first (PostgreSQL: a change row for its day; SQLite: a version bump), so the report
recomputes that one day: what the first report after an agent's work pays. By week also after a
change of a day a week starts inside on the calendar's clock (kept in parts since 0012: the day is
recomputed in parts).
"cpu ms": the mean CPU time of a run, this process's plus its PostgreSQL backend's (/proc/PID/stat
of pg_backend_pid(), when the server runs on this machine; 10 ms ticks, so a mean over the runs;
SQLite: the process's alone):
on a loaded shared machine it moves far less than the wall time, which waits for a core.
CLI: .venv/bin/inquiry-triage report sla as a subprocess (bench/store_bench.py's runner: wall, the
query time of that process, peak RSS), beside the same count(*) in a subprocess.
--code DIR: a 'before' copy of the package (git archive REV inquiry_triage config | tar -x -C DIR).
WRITES to the store (the kept days, the tasks marked done): run it on a copy. Figures are printed,
never asserted; the machine is shared: say so next to any figure.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
import _code_first  # noqa: E402

_code_first.from_argv()  # --code DIR: a 'before' copy of the package, imported instead of this tree's


def _db_time(engine):  # type: ignore[no-untyped-def]
    """A callable returning the ms spent executing statements since its last call (SQLAlchemy's
    before/after_cursor_execute; rows a statement streams, yield_per, are fetched outside it)."""
    from sqlalchemy import event

    spent = [0.0]
    started: list[float] = []
    event.listen(engine, "before_cursor_execute", lambda *a: started.append(time.perf_counter()))
    event.listen(engine, "after_cursor_execute", lambda *a: spent.__setitem__(0, spent[0] + time.perf_counter()
                                                                               - started.pop()))

    def take() -> float:
        value, spent[0] = spent[0], 0.0
        return value * 1000

    return take


def in_process(url: str, repeat: int, whole: bool, explain: bool) -> None:
    from sqlalchemy import func, select, update

    from inquiry_triage.config import load_config
    from inquiry_triage.reports.sla import collect_sla
    from inquiry_triage.scheduling.deadlines import calendar_from_config
    from inquiry_triage.store import open_store
    from inquiry_triage.store.models import InquiryRow, TaskRow

    engine, sessions = open_store(url)  # migrates a copy made at an older revision
    db_ms = _db_time(engine)
    calendar = calendar_from_config(dict(load_config(None).get("business", {})))
    now = datetime.now(timezone.utc)

    cpu: list[float] = []  # the last best()'s CPU ms per run (client + backend)

    def best(work, before=None) -> tuple[float, float]:  # type: ignore[no-untyped-def]
        """(best wall ms, its driver ms) of `work(session)` in a committed transaction; each run's
        CPU ms in `cpu`."""
        times = []
        cpu.clear()
        for _ in range(max(1, repeat)):
            if before is not None:
                before()
            with sessions() as s:
                s.begin()
                backend = _backend_cpu(s)
                spent = backend()
                db_ms()
                started, client = time.perf_counter(), time.process_time()
                work(s)
                s.commit()
                wall = (time.perf_counter() - started) * 1000
                client = (time.process_time() - client) * 1000
                cpu.append(client + backend() - spent)  # the backend's connection stays with the pool
            times.append((wall, db_ms()))
        return min(times)

    def cpu_ms() -> str:
        return f"{sum(cpu) / len(cpu):8.1f}" if cpu and all(c == c for c in cpu) else f"{'-':>8}"

    count_ms, _ = best(lambda s: s.scalar(select(func.count()).select_from(InquiryRow)))
    with sessions() as s:
        count = s.scalar(select(func.count()).select_from(InquiryRow))
    print(f"report sla, in-process: {engine.dialect.name} {count:,} inquiries, now {now.isoformat(timespec='seconds')}, "
          f"best of {repeat}, warm (days kept by a first report); the machine is shared: figures are indicative")
    print(f"{'case':32} {'wall ms':>8} {'driver ms':>10} {'x count':>8} {'cpu ms':>8}")
    print(f"{'baseline: SELECT count(*)':32} {count_ms:8.1f} {'':10} {'':8} {cpu_ms()}")
    cases = [("4w by grade (the CLI default)", now - timedelta(weeks=4), "grade"),
             ("4w by agent", now - timedelta(weeks=4), "agent"), ("4w by week", now - timedelta(weeks=4), "week")]
    if whole:
        cases.append(("all by grade", None, "grade"))
    for label, since, by in cases:
        args: dict[str, Any] = {"now": now, "since": since, "by": by, "calendar": calendar}
        with sessions.begin() as s:  # first: the missing or stale days computed and kept
            started = time.perf_counter()
            collect_sla(s, **args)
            first = (time.perf_counter() - started) * 1000
        wall, driver = best(lambda s: collect_sla(s, **args))
        print(f"{label:32} {wall:8.1f} {driver:10.1f} {wall / count_ms:8.1f} {cpu_ms()}   (first run {first:.0f} ms)",
              flush=True)

    def one_change(done_at: datetime = now - timedelta(days=10)) -> None:
        """A live reply task of an inquiry received in the day before `done_at` marked done (its own
        transaction)."""
        with sessions.begin() as s:
            task = s.scalar(select(TaskRow.id).join(InquiryRow, InquiryRow.id == TaskRow.inquiry_id).where(
                TaskRow.kind == "reply", TaskRow.state.in_(("open", "claimed", "snoozed")),
                InquiryRow.received_at.between(done_at - timedelta(days=1), done_at)).limit(1))
            if task is None:
                raise SystemExit("no live reply task received ~10 days ago: the store is not a bench build")
            s.execute(update(TaskRow).where(TaskRow.id == task).values(state="done", done_at=now))

    args = {"now": now, "since": now - timedelta(weeks=4), "by": "grade", "calendar": calendar}
    wall, driver = best(lambda s: collect_sla(s, **args), before=one_change)
    print(f"{'4w by grade, after a change':32} {wall:8.1f} {driver:10.1f} {wall / count_ms:8.1f} {cpu_ms()}   "
          "(one day recomputed)", flush=True)
    week_args = {**args, "by": "week"}
    wall, driver = best(lambda s: collect_sla(s, **week_args), before=one_change)
    print(f"{'4w by week, after a change':32} {wall:8.1f} {driver:10.1f} {wall / count_ms:8.1f} {cpu_ms()}   "
          "(one day recomputed)", flush=True)
    # the last week start on the calendar's clock more than a day ago: its UTC day holds a week start
    zone = calendar.zone if calendar is not None else timezone.utc
    local = (now - timedelta(days=2)).astimezone(zone).date()
    week_start = datetime.combine(local - timedelta(days=local.weekday()), datetime.min.time(), tzinfo=zone)
    start_utc = week_start.astimezone(timezone.utc)
    edge_end = min(start_utc.replace(hour=0, minute=0, second=0, microsecond=0) + timedelta(days=1),
                   now - timedelta(days=1))
    wall, driver = best(lambda s: collect_sla(s, **week_args), before=lambda: one_change(edge_end))
    print(f"{'4w by week, after a cut day chg':32} {wall:8.1f} {driver:10.1f} {wall / count_ms:8.1f} {cpu_ms()}   "
          f"(the UTC day of the week start {start_utc:%Y-%m-%d %H:%M}Z recomputed)", flush=True)
    if explain:
        _explain(engine, sessions, args)
    engine.dispose()


def _backend_cpu(session):  # type: ignore[no-untyped-def]
    """A callable giving the session's PostgreSQL backend's CPU ms so far (utime + stime of
    /proc/PID/stat), NaN when it cannot be read (a server on another machine); SQLite: 0 (it
    runs in this process: its CPU is the process's)."""
    import os

    if session.get_bind().dialect.name != "postgresql":
        return lambda: 0.0
    from sqlalchemy import text

    pid = session.scalar(text("SELECT pg_backend_pid()"))
    tick = os.sysconf("SC_CLK_TCK")

    def read() -> float:
        try:
            with open(f"/proc/{pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            return float("nan")
        return (int(fields[11]) + int(fields[12])) * 1000 / tick  # utime, stime (fields 14, 15)

    return read


def _explain(engine, sessions, args: dict[str, Any]) -> None:  # type: ignore[no-untyped-def]
    """EXPLAIN ANALYZE of each SELECT of a warm report (4 weeks by grade)."""
    from sqlalchemy import event

    from inquiry_triage.reports.sla import collect_sla

    seen: list[tuple[str, Any]] = []
    listener = lambda conn, cursor, statement, params, context, many: seen.append((statement, params))  # noqa: E731
    event.listen(engine, "before_cursor_execute", listener)
    with sessions.begin() as s:
        collect_sla(s, **args)
    event.remove(engine, "before_cursor_execute", listener)
    postgres = engine.dialect.name == "postgresql"
    prefix = "EXPLAIN (ANALYZE, BUFFERS) " if postgres else "EXPLAIN QUERY PLAN "
    with engine.connect() as c:
        if postgres:
            c.exec_driver_sql("SET jit = off")  # as collect_sla runs them
        for statement, params in seen:
            if not statement.lstrip().upper().startswith("SELECT") or "set_config" in statement \
                    or "current_setting" in statement:
                continue
            print(f"\n-- {' '.join(statement.split())[:200]}")
            for row in c.exec_driver_sql(prefix + statement, params):
                print("   ", row[0] if postgres else row[-1])


def through_cli(url: str, repeat: int) -> None:
    import store_bench as sb

    base = sb.best_of([str(sb.PYTHON), "-c", sb.BASELINE, url], repeat, 300, 60)
    print(f"\nreport sla through the CLI ({sb.CLI.name} --db URL), best of {repeat} wall; query = the process's "
          "time in the driver")
    print(f"{'command':34} {'wall s':>7} {'query ms':>9} {'stmts':>6} {'RSS MB':>7} {'x wall':>7} {'x RSS':>6} "
          f"{'out kB':>8}  exit")
    sb._print_row("baseline: SELECT count(*)", base, base)
    for label, args in (("report sla", ["report", "sla"]), ("report sla --by agent", ["report", "sla", "--by", "agent"]),
                        ("report sla --by week", ["report", "sla", "--by", "week"])):
        sb.best_of([str(sb.CLI), *args, "--db", url], 1, 600, 600)  # its days kept (now moved on)
        sb._print_row(label, sb.best_of([str(sb.CLI), *args, "--db", url], repeat, 600, 600), base)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", required=True, help="a COPY of a bench store (this writes to it)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--all", action="store_true", help="also --since all (the whole history) in-process")
    parser.add_argument("--explain", action="store_true", help="EXPLAIN ANALYZE each statement of a warm report")
    parser.add_argument("--no-cli", action="store_true")
    parser.add_argument("--code", metavar="DIR", help="import inquiry_triage from DIR, in-process and in the CLI "
                                                      "(git archive REV inquiry_triage config | tar -x -C DIR)")
    args = parser.parse_args(argv)
    if args.code:
        import store_bench

        store_bench.CODE_DIR = args.code
    in_process(args.db, args.repeat, args.all, args.explain)
    if not args.no_cli:
        through_cli(args.db, args.repeat)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
