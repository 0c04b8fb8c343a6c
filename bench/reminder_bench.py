"""The reminder job at scale: scheduler rounds as the daemon runs them, and how fast SIGTERM acts.

    # a store built by bench/store_bench.py (its marker row gives `now`); MUTATES it: use a copy
    .venv/bin/python bench/reminder_bench.py rounds --db sqlite:////tmp/copy.db [--rounds 4]
    .venv/bin/python bench/reminder_bench.py sigterm --db sqlite:////tmp/other-copy.db [--after 25]
    # "before" figures: rounds by an older copy of the package (its store/ from now, to open the schema)
    git archive REV inquiry_triage | tar -x -C /tmp/before && cp -r inquiry_triage/store /tmp/before/inquiry_triage/
    .venv/bin/python bench/reminder_bench.py rounds --db URL --code /tmp/before
    # the same reminders? two copies, the same --now, then diff the two dumps
    .venv/bin/python bench/reminder_bench.py rounds --db URL1 --code /tmp/before --now T --dump /tmp/before.tasks
    .venv/bin/python bench/reminder_bench.py rounds --db URL2 --now T --dump /tmp/after.tasks

rounds: one process, like the daemon: a round at the build's now + 5 min, then every 5 minutes.
  Per round: wall, time inside the driver (cursor.execute + fetches), statements (and the time
  of the UPDATEs of followup_marks among them), the CPU time of this process and (PostgreSQL on
  this machine) of the server processes of its connections, from /proc: on a loaded machine these
  two hold still where the wall does not; peak RSS so far, what it did. The first round after
  the upgrade (no round recorded K yet) re-arms and evaluates every replied inquiry once: since
  session 9 at most queue/followups.SILENCE_PER_ROUND a rule a round, the newest silences first,
  so that history drains over the next rounds; later rounds read only what is due. The same run's
  baseline (a bare count(*)) is printed before and after the rounds.
compare: two --dump files (`compare BEFORE AFTER`): the tasks only one has, and of the same tasks
  (inquiry, kind, rule, attempt) how many differ in which column; exit 0 when identical.
sigterm: `inquiry-triage daemon` with no mailbox on the store, SIGTERM once its first round is under
  way (--after seconds); prints when the round stopped and when the process exited.
Figures are printed, never asserted; the machine is shared: say so next to any figure.
"""

from __future__ import annotations

import argparse
import os
import resource
import signal
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
import _code_first  # noqa: E402

_code_first.from_argv()  # rounds --code DIR: an older copy of the package, imported instead of this tree's


def build_now(url: str) -> datetime:
    from sqlalchemy import select

    from inquiry_triage.store import open_store
    from inquiry_triage.store.models import AuditRow

    engine, sessions = open_store(url)
    with sessions() as s:
        detail = s.scalar(select(AuditRow.detail).where(AuditRow.actor == "store_bench").order_by(AuditRow.id.desc())
                          .limit(1)) or {}
    engine.dispose()
    return datetime.fromisoformat(detail["now"]) if detail.get("now") else datetime.now(timezone.utc)


def _shape(statement: str) -> str:
    """A statement's group for --top: its first words, numbers and quoted values dropped."""
    import re

    flat = re.sub(r"'[^']*'|\b\d+\b", "?", " ".join(statement.split()))
    return flat[:90]


def rounds(url: str, count: int, now: str | None = None, top: int = 0) -> None:
    import logging

    from sqlalchemy import event

    from inquiry_triage.queue.rounds import run_round
    from inquiry_triage.scheduling.deadlines import calendar_from_config
    from inquiry_triage.store import open_store

    logging.disable(logging.WARNING)  # one line per escalation otherwise
    start = (datetime.fromisoformat(now) if now else build_now(url)) + timedelta(minutes=5)
    engine, sessions = open_store(url)
    spent = {"s": 0.0, "n": 0, "marks": 0.0}
    groups: dict[str, list[float]] = {}  # --top: statement group -> [count, seconds]

    backends: set[int] = set()  # PostgreSQL on this machine: the server processes of our connections

    @event.listens_for(engine, "checkout")
    def _checkout(dbapi_connection, record, _proxy):  # type: ignore[no-untyped-def]
        if engine.dialect.name == "postgresql" and "backend" not in record.info:
            record.info["backend"] = dbapi_connection.info.backend_pid  # psycopg: no round trip
        if "backend" in record.info:
            backends.add(record.info["backend"])

    @event.listens_for(engine, "before_cursor_execute")
    def _before(conn, *_args):  # type: ignore[no-untyped-def]
        conn.info["t0"] = time.perf_counter()

    @event.listens_for(engine, "after_cursor_execute")
    def _after(conn, cursor, statement, *_args):  # type: ignore[no-untyped-def]
        took = time.perf_counter() - conn.info["t0"]
        spent["s"] += took
        spent["n"] += 1
        if top:
            group = groups.setdefault(_shape(statement), [0, 0.0])
            group[0] += 1
            group[1] += took
        if statement.lstrip().upper().startswith("UPDATE FOLLOWUP_MARKS"):
            spent["marks"] += took  # the follow-up marks written back (rearm included)

    calendar = calendar_from_config({"timezone": "Asia/Shanghai", "country": "CN"})
    print(f"reminder rounds on {engine.url.render_as_string(hide_password=True)} from {start.isoformat()} "
          f"(shared machine: indicative; load {os.getloadavg()[0]:.1f})")
    print(f"baseline SELECT count(*): {_count_ms(sessions):.1f} ms (best of 3)")
    for k in range(count):
        spent.update(s=0.0, n=0, marks=0.0)
        groups.clear()
        server0 = _cpu_of(backends)
        cpu0, t0 = time.process_time(), time.perf_counter()
        report = run_round(sessions, start + timedelta(minutes=5 * k), calendar=calendar, by="bench")
        wall, cpu = time.perf_counter() - t0, time.process_time() - cpu0
        server = _cpu_of(backends) - server0
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"round {k}: {wall:7.3f} s wall, {spent['s'] * 1000:8.1f} ms in the driver, {spent['n']:5d} statements "
              f"({spent['marks'] * 1000:6.1f} ms writing follow-up marks), CPU: this process {cpu * 1000:6.1f} ms"
              + (f", the server's backends {server * 1000:6.1f} ms" if backends else "") +
              f"; peak RSS {rss:5.0f} MB; planned {len(report.planned)}, reminded {len(report.reminded)}, "
              f"escalated {len(report.escalated)}")
        for shape, (n, took) in sorted(groups.items(), key=lambda item: -item[1][1])[:top]:
            print(f"    {took * 1000:8.1f} ms {int(n):4d}x  {shape}")
    print(f"baseline SELECT count(*): {_count_ms(sessions):.1f} ms (best of 3); load {os.getloadavg()[0]:.1f}")
    engine.dispose()


def _cpu_of(pids: set[int]) -> float:
    """User + system CPU seconds of these processes so far (/proc: a server on this machine; 0 for
    one that is gone or unreadable). Unlike the wall, this does not grow with the machine's load."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15 of stat)
    return total / ticks


def dump_tasks(url: str, path: str) -> None:
    """Every task as the rounds left it (planned follow-ups, greetings, reminded / escalated marks), one
    line each without its id, sorted: two copies that ran the same rounds from the same now give the
    same file when the code under test makes the same reminders."""
    from sqlalchemy import text

    from inquiry_triage.store import open_store

    engine, sessions = open_store(url)
    columns = ", ".join(_DUMP_COLUMNS)
    with sessions() as s:
        lines = sorted("|".join(map(str, row)) for row in s.execute(text(f"SELECT {columns} FROM tasks")))
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} tasks written to {path}")
    engine.dispose()


_DUMP_COLUMNS = ("inquiry_id", "kind", "rule", "attempt", "state", "grade", "due_at", "created_at", "due_note",
                 "assignee", "reminded_at", "escalated_at", "done_at", "claimed_at", "snoozed_until")
_IDENTITY = 4  # inquiry_id, kind, rule, attempt: which task it is (a rule makes a task once)


def compare_dumps(before: str, after: str) -> int:
    """Two --dump files: the same tasks (by inquiry, kind, rule, attempt)? And of those, which
    columns differ and for how many (a greeting made a round later has a later created_at; one
    due within GREETING_LEAD of its round a later due_at). 0 when the files are identical."""
    def load(path: str) -> dict[tuple[str, ...], list[tuple[str, ...]]]:
        rows: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            fields = tuple(line.split("|"))
            rows.setdefault(fields[:_IDENTITY], []).append(fields)
        return rows

    old, new = load(before), load(after)
    only_old, only_new = sorted(set(old) - set(new)), sorted(set(new) - set(old))
    differ: dict[str, int] = {}
    by_rule: dict[str, int] = {}
    same = 0
    for key in set(old) & set(new):
        a, b = sorted(old[key]), sorted(new[key])
        if a == b:
            same += len(a)
            continue
        by_rule[key[2].split(":")[0]] = by_rule.get(key[2].split(":")[0], 0) + 1
        for x, y in zip(a, b):
            for name, u, v in zip(_DUMP_COLUMNS, x, y):
                if u != v:
                    differ[name] = differ.get(name, 0) + 1
        if len(a) != len(b):
            differ["count"] = differ.get("count", 0) + 1
    print(f"{sum(map(len, old.values()))} / {sum(map(len, new.values()))} tasks; {same} identical; "
          f"only before {len(only_old)}, only after {len(only_new)}; the same task with other columns: "
          f"{sum(by_rule.values())} {by_rule} (columns {differ})")
    for key in (only_old[:5] + only_new[:5]):
        print("  only " + ("before" if key in old else "after") + ": " + "|".join(key))
    return 0 if not (only_old or only_new or differ) else 1


def _count_ms(sessions) -> float:  # type: ignore[no-untyped-def]
    """The same run's baseline: a bare count of every inquiry, best of 3."""
    from sqlalchemy import text

    best = float("inf")
    for _ in range(3):
        with sessions() as s:
            t0 = time.perf_counter()
            s.execute(text("SELECT count(*) FROM inquiries")).scalar()
            best = min(best, (time.perf_counter() - t0) * 1000)
    return best


def sigterm(url: str, after: float) -> None:
    config = Path(tempfile.mkdtemp()) / "d.toml"
    config.write_text("[scheduler]\ninterval_minutes = 5\n")
    env = {**os.environ, "INQUIRY_TRIAGE_CONFIG": ""}
    daemon = subprocess.Popen([sys.executable, "-m", "inquiry_triage", "daemon", "--config", str(config), "--db", url,
                               "--offline"], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    time.sleep(after)
    sent = time.monotonic()
    daemon.send_signal(signal.SIGTERM)
    try:
        out, _ = daemon.communicate(timeout=600)
    except subprocess.TimeoutExpired:
        daemon.kill()
        out, _ = daemon.communicate()
        print(f"still running 600 s after SIGTERM: killed")
        return
    print(f"exit {daemon.returncode} {time.monotonic() - sent:.1f} s after SIGTERM")
    print("\n".join(line for line in out.splitlines() if "SIGTERM" in line or "stopped" in line))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=("rounds", "sigterm", "compare"))
    parser.add_argument("--db", help="rounds, sigterm: the store (a copy: rounds write to it)")
    parser.add_argument("dumps", nargs="*", metavar="DUMP", help="compare: two --dump files, before and after")
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--top", type=int, default=0, metavar="N",
                        help="rounds: after each round, its N statement groups that took longest (count, ms)")
    parser.add_argument("--after", type=float, default=25.0, help="sigterm: seconds before the signal")
    parser.add_argument("--code", metavar="DIR", help="rounds: import inquiry_triage from DIR (an older copy)")
    parser.add_argument("--now", help="rounds: the build's now (ISO with zone) when the store has no marker row; "
                                      "the same for a before and an after copy, so their tasks can be compared")
    parser.add_argument("--dump", metavar="FILE", help="rounds: write every task after the rounds to FILE "
                                                       "(all columns but id, sorted): diff a before and an after copy")
    args = parser.parse_args()
    if args.what == "compare":
        if len(args.dumps) != 2:
            parser.error("compare needs two --dump files")
        return compare_dumps(*args.dumps)
    if not args.db:
        parser.error(f"{args.what} needs --db")
    if args.what == "rounds":
        rounds(args.db, args.rounds, args.now, args.top)
        if args.dump:
            dump_tasks(args.db, args.dump)
    else:
        sigterm(args.db, args.after)
    return 0


if __name__ == "__main__":
    sys.exit(main())
