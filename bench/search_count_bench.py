"""Why `queue --search <common word>` is slow at 1M on PostgreSQL, and what a live-only trigram index
would give (issue 10 item 2; the schema need is in the README's queue-filter figures). Figures, not a
test: each statement's best of --repeat beside a bare `SELECT count(*) FROM inquiries` in the same run.

    .venv/bin/python bench/search_count_bench.py --db postgresql+psycopg://postgres@127.0.0.1:55432/COPY \
        [--words "valves container"] [--repeat 5] [--proto] [--product]

Statements (psycopg, autocommit, serial: max_parallel_workers_per_gather 0 for the breakdown ones):
* the count as `queue --search` runs it (store/queue._capped_count: up to 1,001 matching live tasks);
* its parts over 12,000 live tasks' inquiries: the primary-key fetch alone, + decompressing the body,
  + lower(body) (ILIKE lowercases the whole text on a UTF-8 database, once per word);
* --proto: CREATE a partial trigram index over the live reply tasks' inquiries (open_replies > 0) on
  the concatenated text ON THE STORE GIVEN (a copy: it stays), and the count as two branches (the
  reply tasks through it, with the exact per-column ILIKE kept; follow-ups probed as today).
* --product: the count statements store/queue.queue_page sends for this search, with 0013's live search
  prefilter and without it (as on a store without the index), captured from the product itself (opening
  the copy through the product migrates it to head, building ix_inquiries_live_search_trgm).
"""

from __future__ import annotations

import argparse
import os
import sys
import time

LIVE = "t.state IN ('open','claimed') AND t.kind <> 'review'"
CONCAT = "(i.subject || ' ' || i.body || ' ' || i.from_addr::text || ' ' || i.from_name::text)"


def _exact(words: list[str]) -> str:
    """store/queue._task_query's --search condition (ASCII words: one ILIKE per column)."""
    return " AND ".join("(" + " OR ".join(f"i.{c} ILIKE %s" for c in ("subject", "body", "from_addr", "from_name")) + ")"
                        for _ in words)


def _params(words: list[str], per_word: int = 4) -> list[str]:
    return [f"%{w}%" for w in words for _ in range(per_word)]


def main(argv: list[str] | None = None) -> int:
    import psycopg

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", required=True, help="a SQLAlchemy or libpq PostgreSQL URL of a copy")
    parser.add_argument("--words", default="valves container")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--proto", action="store_true", help="create the prototype index on this store and time it")
    parser.add_argument("--product", action="store_true", help="time the product's count, with and without the prefilter")
    args = parser.parse_args(argv)
    words = args.words.split()
    conn = psycopg.connect(args.db.replace("postgresql+psycopg://", "postgresql://"), autocommit=True)
    exact = _exact(words)
    cases: list[tuple[str, str, list[str]]] = [
        ("baseline: SELECT count(*) FROM inquiries", "SELECT count(*) FROM inquiries", []),
        ("count as queue --search runs it", f"SELECT count(*) FROM (SELECT t.id FROM tasks t WHERE {LIVE} AND EXISTS "
         f"(SELECT 1 FROM inquiries i WHERE i.id = t.inquiry_id AND {exact}) LIMIT 1001) x", _params(words)),
    ]
    for label, check in (("12,000 probes: fetch", "length(i.from_name) >= 0"),
                         ("12,000 probes: + body decompressed", "length(i.body) >= 0"),
                         ("12,000 probes: + lower(body)", "length(lower(i.body)) >= 0")):
        cases.append((label, f"SELECT count(*) FROM (SELECT t.id FROM tasks t WHERE {LIVE} AND EXISTS (SELECT 1 FROM "
                             f"inquiries i WHERE i.id = t.inquiry_id AND {check}) LIMIT 12000) x", []))
    if args.proto:
        started = time.perf_counter()
        conn.execute(f"CREATE INDEX IF NOT EXISTS ix_proto_live_search ON inquiries USING gin ({CONCAT.replace('i.', '')} gin_trgm_ops) "
                     "WHERE open_replies > 0")
        conn.execute("ANALYZE inquiries")
        print(f"prototype index ready in {time.perf_counter() - started:.1f} s")
        prefilter = " AND ".join(f"{CONCAT} ILIKE %s" for _ in words)
        cases.append(("count, prototype (two branches)",
                      f"SELECT count(*) FROM (SELECT t.id FROM tasks t JOIN inquiries i ON i.id = t.inquiry_id "
                      f"WHERE {LIVE} AND t.kind = 'reply' AND i.open_replies > 0 AND {prefilter} AND {exact} "
                      f"UNION ALL SELECT t.id FROM tasks t WHERE {LIVE} AND t.kind <> 'reply' AND EXISTS (SELECT 1 "
                      f"FROM inquiries i WHERE i.id = t.inquiry_id AND {exact}) LIMIT 1001) x",
                      [f"%{w}%" for w in words] + _params(words) + _params(words)))
    if args.product:
        for label, indexed in (("count, product, without prefilter", False), ("count, product, live prefilter", True)):
            sql, params = _product_count(args.db, args.words, indexed)
            cases.append((label, sql, params))
    best = {label: float("inf") for label, _, _ in cases}
    results: dict[str, object] = {}
    for _ in range(max(1, args.repeat)):
        for label, sql, params in cases:
            serial = "probes" in label
            if serial:
                conn.execute("SET max_parallel_workers_per_gather = 0")
            started = time.perf_counter()
            results[label] = conn.execute(sql, params).fetchone()[0]  # type: ignore[index]
            best[label] = min(best[label], (time.perf_counter() - started) * 1000)
            if serial:
                conn.execute("RESET max_parallel_workers_per_gather")
    load = os.getloadavg()
    print(f"--search {args.words!r}, best of {args.repeat} ms; load {load[0]:.1f} {load[1]:.1f} {load[2]:.1f} "
          "(shared 2-core machine)")
    for label, _, _ in cases:
        print(f"{label:44} {best[label]:9.1f}   ({results[label]})")
    conn.close()
    return 0


def _product_count(db: str, words: str, indexed: bool) -> tuple[str, dict]:
    """The count statement queue_page sends for `queue --search WORDS` (a full first page of 50)."""
    from sqlalchemy import event

    from inquiry_triage.store import open_store
    from inquiry_triage.store import queue as q

    engine, sessions = open_store(db if "+psycopg" in db else db.replace("postgresql://", "postgresql+psycopg://"))
    seen: list[tuple[str, dict]] = []
    event.listen(engine, "before_cursor_execute", lambda c, cur, sql, params, ctx, many: seen.append((sql, params)))
    indexed_on = q._live_search_indexed
    q._live_search_indexed = (lambda session: indexed and indexed_on(session))  # type: ignore[assignment]
    try:
        with sessions() as s:
            q.queue_page(s, filters=q.QueueFilter(search=words), limit=50)
    finally:
        q._live_search_indexed = indexed_on  # type: ignore[assignment]
        engine.dispose()
    [(sql, params)] = [(sql, params) for sql, params in seen if "count(" in sql.lower()]
    return sql, params


if __name__ == "__main__":
    sys.exit(main())
