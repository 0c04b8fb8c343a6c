"""The queue's list commands and their filters at scale (issue 10): each command's query time beside a
bare `SELECT count(*)` measured in the same run, best of --repeat, on a store built by
bench/store_bench.py or bench/build_direct.py.

    .venv/bin/python bench/queue_filters_bench.py run --db URL [--repeat 3] [--only search,buyer] [--explain]
    # "before" in the same conditions: the commands import an older copy of the package
    git archive REV inquiry_triage | tar -x -C /tmp/before && ... run --db URL --code /tmp/before
    # migration 0012's _filters section alone, up or down, on a store already at 0011 or 0012 (before/after
    # on one store without a rebuild; a bench tool only: the product migrates by revision)
    .venv/bin/python bench/queue_filters_bench.py section --db URL [--down]
    # the plans (PostgreSQL: EXPLAIN (ANALYZE, BUFFERS); SQLite: EXPLAIN QUERY PLAN) of each list
    # statement slower than --slow-ms, as the CLI ran it
    .venv/bin/python bench/queue_filters_bench.py explain --db URL [--only search]

Per command (a real subprocess of .venv/bin/inquiry-triage, timed by store_bench's runner: the query
time is the time inside the DB driver, statements executed and fetched): wall, query ms, statements,
peak RSS, wall and RSS as multiples of the baseline's (a bare count(*), its query ms on its row). Figures are printed, never asserted; the
machine is shared (2 cores, several people): say so next to any figure.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import _code_first  # noqa: E402

_code_first.from_argv()  # run --code DIR: this process imports the 'before' copy too, as the CLI runs do
import store_bench as sb  # noqa: E402  (run_once, best_of, the baseline, the built store's facts)

MIGRATION = Path(__file__).resolve().parents[1] / "inquiry_triage/store/migrations/versions/0012_live_task_and_week_indexes.py"


def commands(facts: dict[str, Any]) -> list[tuple[str, list[str]]]:
    """(label, arguments) of the list commands measured. --buyer: a repeat buyer's address before
    the @ (it also finds buyer1234... as a substring); the rare search: that buyer's number, found
    only in its own rows' sender fields."""
    task = str(facts["task"])
    local = facts["buyer"].split("@")[0]
    return [
        ("queue", ["queue"]),
        ("queue --format json", ["queue", "--format", "json"]),
        ("queue json --limit 50", ["queue", "--format", "json", "--limit", "50"]),
        ("queue --page 40", ["queue", "--page", "40"]),
        ("queue --due 4", ["queue", "--due", "4"]),
        ("queue --grade A --overdue", ["queue", "--grade", "A", "--overdue"]),
        ("queue --search (common)", ["queue", "--search", "valves container"]),
        ("queue --search (rare)", ["queue", "--search", local]),
        ("queue --search json", ["queue", "--search", "valves container", "--format", "json"]),
        ("queue --buyer", ["queue", "--buyer", local]),
        ("queue --product", ["queue", "--product", "ball valves"]),
        ("queue --language ru", ["queue", "--language", "ru"]),
        ("queue --country BR", ["queue", "--country", "BR"]),
        ("queue --language es --country ES", ["queue", "--language", "es", "--country", "ES"]),
        ("queue --channel fax", ["queue", "--channel", "fax"]),
        ("queue --snoozed", ["queue", "--snoozed"]),
        ("queue show ID", ["queue", "show", task]),
        ("queue review", ["queue", "review"]),
        ("queue review json", ["queue", "review", "--format", "json"]),
        ("queue --filed all", ["queue", "--filed", "all"]),
        ("queue --filed list json", ["queue", "--filed", "list", "--format", "json", "--limit", "50"]),
    ]


def run(url: str, repeat: int, only: list[str], timeout: float, explain: bool) -> None:
    """store_bench's command-timing runner (baseline, best of --repeat, the table) over this bench's
    commands: one runner, so both benches measure and print alike."""
    sb.commands = lambda facts: [(label, args, False) for label, args in commands(facts)]
    sb.run(url, repeat, only, timeout, timeout, explain)


def explain(url: str, only: list[str], slow_ms: float) -> None:
    """Each list command's statements as the CLI ran them (captured in-process), then the plans of the
    slow ones: EXPLAIN (ANALYZE, BUFFERS) on PostgreSQL, EXPLAIN QUERY PLAN on SQLite."""
    import contextlib
    import io
    import os

    from sqlalchemy import create_engine, event
    from sqlalchemy.engine import Engine

    from inquiry_triage import cli

    facts = sb.bench_facts(url)
    if facts["user"]:
        os.environ["INQUIRY_TRIAGE_USER"] = facts["user"]
    captured: list[tuple[float, str, Any]] = []

    def before(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        conn.info["t0"] = time.perf_counter()

    def after(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        captured.append(((time.perf_counter() - conn.info.pop("t0")) * 1000, statement, parameters))

    event.listen(Engine, "before_cursor_execute", before)
    event.listen(Engine, "after_cursor_execute", after)
    engine = create_engine(url)
    try:
        for label, args in commands(facts):
            if only and not any(word in label for word in only):
                continue
            captured.clear()
            with contextlib.redirect_stdout(io.StringIO()):
                cli.main([*args, "--db", url])
            found = list(captured)
            print(f"== {label}")
            for ms, sql, params in found:
                if ms < slow_ms or not sql.lstrip().upper().startswith("SELECT"):
                    continue
                print(f"  {ms:8.1f} ms  {' '.join(sql.split())[:600]}")
                with engine.connect() as c:
                    prefix = "EXPLAIN QUERY PLAN " if engine.dialect.name == "sqlite" else "EXPLAIN (ANALYZE, BUFFERS) "
                    for r in c.exec_driver_sql(prefix + sql, params):
                        print("      " + str(r[-1] if engine.dialect.name == "sqlite" else r[0]))
    finally:
        event.remove(Engine, "before_cursor_execute", before)
        event.remove(Engine, "after_cursor_execute", after)
        engine.dispose()


def section(url: str, up: bool) -> None:
    """Migration 0012's _filters_up (or _filters_down) alone, on a store that is at 0011 or 0012 already."""
    import importlib.util

    from alembic.migration import MigrationContext
    from alembic.operations import Operations
    from sqlalchemy import create_engine

    spec = importlib.util.spec_from_file_location("migration_0012", MIGRATION)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    engine = create_engine(url)
    started = time.perf_counter()
    with engine.begin() as conn, Operations.context(MigrationContext.configure(conn)):
        (module._filters_up if up else module._filters_down)()
    if engine.dialect.name == "postgresql":
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("ANALYZE inquiries")
            conn.exec_driver_sql("ANALYZE tasks")
    engine.dispose()
    print(f"0012 _filters_{'up' if up else 'down'} on {sb._masked(url)}: {time.perf_counter() - started:.1f} s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    r = sub.add_parser("run")
    r.add_argument("--db", required=True)
    r.add_argument("--repeat", type=int, default=3)
    r.add_argument("--only", default="", help="comma-separated parts of command labels")
    r.add_argument("--timeout", type=float, default=300.0)
    r.add_argument("--explain", action="store_true", help="print the statements slower than 20 ms")
    r.add_argument("--code", metavar="DIR", help="import inquiry_triage from DIR (a 'before' copy)")
    e = sub.add_parser("explain")
    e.add_argument("--db", required=True)
    e.add_argument("--only", default="")
    e.add_argument("--slow-ms", type=float, default=10.0)
    s = sub.add_parser("section")
    s.add_argument("--db", required=True)
    s.add_argument("--down", action="store_true")
    args = parser.parse_args(argv)
    only = [w.strip() for w in getattr(args, "only", "").split(",") if w.strip()]
    if args.command == "run":
        sb.CODE_DIR = args.code or ""
        run(args.db, args.repeat, only, args.timeout, args.explain)
    elif args.command == "explain":
        explain(args.db, only, args.slow_ms)
    else:
        section(args.db, not args.down)
    return 0


if __name__ == "__main__":
    sys.exit(main())
