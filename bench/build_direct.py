"""Build a bench store directly at migration 0009's schema: no migration back-fill runs on the loaded rows.

    .venv/bin/python bench/build_direct.py --size 1000000 --db postgresql+psycopg://postgres@127.0.0.1:PORT/bench
    .venv/bin/python bench/build_direct.py --size 100000 --db sqlite:////tmp/direct-100k.db [--check 2000]

The same rows as `bench/store_bench.py build` (its Generator, same seed, same marker row), but where
that one loads at 0005 and lets open_store run 0006-0009 on the loaded rows (0006's followup_from and
0009's four reply-task facts are correlated UPDATEs of every inquiry: 742 s at 1M on SQLite, not
finished on PostgreSQL), this one migrates the empty store to 0009 and writes those columns with the
rows, computed in Python from the same chunk (an inquiry's tasks and replies are generated with it):
  followup_from            0006: the last reply's sent_at (NULL without a reply)
  reply_due_at             0009: the due_at of its first reply task (created_at, then id)
  open_replies[_first_due|_last_due]   0009: count / min / max due_at of its live reply tasks
Secondary indexes are dropped before the load and re-created after it from their own DDL; user
triggers (0009's facts triggers on tasks) are off during the load (PostgreSQL: DISABLE TRIGGER USER;
SQLite: dropped and re-created from their DDL), which is why the facts are written here. Later
migrations (0010 ...) then run on the loaded rows through open_store, as on an upgraded store.
--check N compares the written facts of N random inquiries with the migrations' own SQL expressions.
Figures are printed; the machine is shared: say so next to any figure.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import store_bench as sb  # noqa: E402  (the generator and loaders)

DIRECT_REVISION = "0009"
LIVE = ("open", "claimed", "snoozed")  # 0009's _LIVE


def fill_facts(rows: sb.Rows) -> None:
    """The columns 0006 and 0009 back-fill, written into the chunk's inquiry dicts."""
    last_reply: dict[int, datetime] = {}
    for reply in rows.replies:
        iid = reply["inquiry_id"]
        if iid not in last_reply or reply["sent_at"] > last_reply[iid]:
            last_reply[iid] = reply["sent_at"]
    replies: dict[int, list[dict[str, Any]]] = {}
    for task in rows.tasks:
        if task["kind"] == "reply":
            replies.setdefault(task["inquiry_id"], []).append(task)
    for inquiry in rows.inquiries:
        iid = inquiry["id"]
        inquiry["followup_from"] = last_reply.get(iid)
        tasks = replies.get(iid, [])
        live = [t["due_at"] for t in tasks if t["state"] in LIVE]
        first = min(tasks, key=lambda t: (t["created_at"], t["id"])) if tasks else None
        inquiry["reply_due_at"] = first["due_at"] if first else None
        inquiry["open_replies"] = len(live)
        inquiry["open_replies_first_due"] = min(live) if live else None
        inquiry["open_replies_last_due"] = max(live) if live else None


def _same_order(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every row's keys in the first row's order: the loaders take the columns from the first row
    and the values in each row's own order (store_bench's released-review reply tasks list
    created_at before due_at, so those two were swapped in its stores)."""
    columns = list(rows[0])
    return [row if list(row) == columns else {c: row[c] for c in columns} for row in rows]


def _triggers(conn, dialect: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    from sqlalchemy import text

    if dialect == "sqlite":
        return list(conn.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")))
    return []


def build(url: str, size: int, now: datetime, seed: int, days: float, live_share: float, chunk: int = 20_000) -> None:
    from sqlalchemy import create_engine, func, select, text

    from inquiry_triage.store import open_store
    from inquiry_triage.store.models import InquiryRow

    started = time.perf_counter()
    engine = create_engine(url)
    sb._migrate_to(engine, DIRECT_REVISION)
    with engine.connect() as conn:
        if conn.scalar(select(func.count()).select_from(InquiryRow.__table__)):
            raise SystemExit(f"{sb._masked(url)} already holds inquiries: build into a new database")
    dialect = engine.dialect.name
    gen = sb.Generator(size, now, seed, days, live_share)
    totals = dict.fromkeys(sb.TABLE_ORDER, 0)
    with engine.connect() as conn:
        if dialect == "sqlite":
            for pragma in ("journal_mode=OFF", "synchronous=OFF", "cache_size=-200000", "foreign_keys=OFF"):
                conn.exec_driver_sql(f"PRAGMA {pragma}")
        indexes = sb._secondary_indexes(conn, dialect)
        triggers = _triggers(conn, dialect)
        for name, _ in indexes:
            conn.execute(text(f'DROP INDEX "{name}"'))
        for name, _ in triggers:
            conn.execute(text(f'DROP TRIGGER "{name}"'))
        if dialect == "postgresql":
            for table in sb.TABLE_ORDER:
                conn.execute(text(f"ALTER TABLE {table} DISABLE TRIGGER USER"))
        conn.commit()
        for start in range(0, size, chunk):
            rows = gen.chunk(start, min(size, start + chunk))
            fill_facts(rows)
            batches = dict(zip(sb.TABLE_ORDER, (rows.inquiries, rows.tasks, rows.notes, rows.replies, rows.audit,
                                                rows.mailbox_messages)))
            for name in sb.TABLE_ORDER:
                if batches[name]:
                    batches[name] = _same_order(batches[name])
                    (sb._copy if dialect == "postgresql" else sb._sqlite_insert)(conn, name, batches[name])
                    totals[name] += len(batches[name])
            conn.commit()
            print(f"\r  {min(size, start + chunk):,}/{size:,} inquiries  {time.perf_counter() - started:6.1f} s",
                  end="", file=sys.stderr)
        print(file=sys.stderr)
        loaded = time.perf_counter() - started
        for _name, ddl in indexes:
            conn.execute(text(ddl))
        for _name, ddl in triggers:
            conn.execute(text(ddl))
        if dialect == "postgresql":
            for table in sb.TABLE_ORDER:
                conn.execute(text(f"ALTER TABLE {table} ENABLE TRIGGER USER"))
                conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                  f"(SELECT coalesce(max(id), 1) FROM {table}))"))
        conn.commit()
        indexed = time.perf_counter() - started - loaded
    upgraded = time.perf_counter()
    opened = open_store(url)  # migrations after DIRECT_REVISION, on the loaded rows
    print(f"  migrations {DIRECT_REVISION} -> head on the loaded rows: {time.perf_counter() - upgraded:.0f} s",
          file=sys.stderr)
    sb._finish(opened, gen, size, now, seed, live_share, totals)
    with engine.connect() as conn:
        if dialect == "postgresql":
            conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("VACUUM ANALYZE")
        else:
            conn.exec_driver_sql("PRAGMA journal_mode=WAL")
            conn.commit()
    engine.dispose()
    print(f"built {size:,} inquiries directly at {DIRECT_REVISION} in {time.perf_counter() - started:.0f} s "
          f"(load {loaded:.0f} s, indexes and triggers {indexed:.0f} s): "
          + ", ".join(f"{n} {c:,}" for n, c in totals.items()))


def conn_count(engine) -> int:  # type: ignore[no-untyped-def]
    from sqlalchemy import text

    with engine.connect() as conn:
        return int(conn.scalar(text("SELECT max(id) FROM inquiries")) or 0)


def check(url: str, sample: int) -> int:
    """The facts of `sample` random inquiries against the migrations' own expressions (0006, 0009)."""
    import importlib.util

    from sqlalchemy import create_engine, text

    path = sb.ROOT / "inquiry_triage" / "store" / "migrations" / "versions" / "0009_rollups_and_speed.py"
    spec = importlib.util.spec_from_file_location("migration_0009", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    engine = create_engine(url)
    sqlite = engine.dialect.name == "sqlite"
    facts = module._facts("i.id", sqlite)
    expected = ", ".join(f"{value} AS {column}" for column, value in facts.items())
    stored = ", ".join(facts)
    last = "(SELECT max(r.sent_at) FROM replies r WHERE r.inquiry_id = i.id)"
    # Every k-th inquiry (a sort by random() would compute the expressions for every row first).
    step = max(1, int(conn_count(engine)) // max(1, int(sample)))
    sql = f"SELECT i.id, i.followup_from, {last}, {stored}, {expected} FROM inquiries i WHERE i.id % {step} = 7"
    bad = checked = 0
    with engine.connect() as conn:
        for row in conn.execute(text(sql)):
            checked += 1
            got, want = tuple(row[1:2]) + tuple(row[3:7]), tuple(row[2:3]) + tuple(row[7:11])
            if [str(v) for v in got] != [str(v) for v in want]:
                bad += 1
                if bad <= 5:
                    print(f"inquiry {row[0]}: stored {got} != {want}")
    engine.dispose()
    print(f"checked {checked} inquiries (every {step}th): {bad} differ")
    return 1 if bad else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", required=True)
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--now", help="the build's now (ISO with zone; default: the clock)")
    parser.add_argument("--seed", type=int, default=10)
    parser.add_argument("--days", type=float, default=365.0)
    parser.add_argument("--live-share", type=float, default=0.03)
    parser.add_argument("--check", type=int, default=0, metavar="N", help="only compare N inquiries' facts")
    args = parser.parse_args()
    if args.check:
        return check(args.db, args.check)
    build(args.db, args.size, sb._now(args.now), args.seed, args.days, args.live_share)
    return 0


if __name__ == "__main__":
    sys.exit(main())
