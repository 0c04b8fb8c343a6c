"""queue --search's count on PostgreSQL through 0013's live search index (issue 10 item 2): the live
reply tasks' inquiries are found in ix_inquiries_live_search_trgm first (open_replies > 0, the four
searched columns as one text), the exact per-column test still decides, the other live tasks (follow-
ups) are probed as before. The pages, totals and "of N+" are the same as without the index, and as the
rules read in Python say: common and rare words, a word only in the sender's name, case differences,
% and _ taken literally, follow-ups whose inquiry has no live reply left. No timings (bench/search_count_bench.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from sqlalchemy import event, select, text

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))

from inquiry_triage.store import open_store  # noqa: E402
from inquiry_triage.store import queue as q  # noqa: E402
from inquiry_triage.store.models import InquiryRow, TaskRow  # noqa: E402
from tests.servers.postgres import pg_url, postgres_server  # noqa: E402,F401  (fixtures are used by name)
from tests.store.queue_filters_data import NOW, fill  # noqa: E402
from tests.store.test_queue_filters import expected  # noqa: E402  (the rules, read in Python)

SEARCHES = ["valves", "VALVES container", "Valves", "e", "dn50", "Al-Farsi", "AL-FARSI", "müller", "МÜLLER",
            "стулья", "СТУЛЬЯ", "100%", "cotton_bags", "c_tton", "gulf-trading", "valvescontainer", "zzzz"]
FILTERS = [q.QueueFilter(search=w) for w in SEARCHES] + [
    q.QueueFilter(search="valves", states=("snoozed",)), q.QueueFilter(search="valves", states=("open",)),
    q.QueueFilter(search="valves", states=("open", "claimed", "snoozed")),
    q.QueueFilter(search="valves", language="de", grades=("A", "B", "C")),
    q.QueueFilter(search="valves", sort="newest"), q.QueueFilter(search="e", assignee="alice"),
]


def _pages(sessions, f: q.QueueFilter, include: bool) -> list[tuple]:  # type: ignore[no-untyped-def]
    """Every page shape that runs a count: pages of 1 and 3 (full: counted) and one past the matches."""
    with sessions() as s:
        return [(limit, offset, [e.task_id for e in p.entries], p.total, p.more)
                for limit in (1, 3) for offset in (0, 1, 4)
                for p in [q.queue_page(s, include_suspicious=include, filters=f, now=NOW, limit=limit, offset=offset)]]


def _count_sql(engine, sessions, f: q.QueueFilter) -> list[tuple]:  # type: ignore[no-untyped-def]
    captured: list[tuple] = []

    def seen(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        captured.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", seen)
    try:
        with sessions() as s:
            q.queue_page(s, filters=f, now=NOW, limit=1)
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    return [(sql, params) for sql, params in captured if "count(" in sql.lower()]


@pytest.mark.parametrize("cap", [q.COUNT_CAP, 3])
def test_a_search_counts_through_the_live_index_with_the_same_answers(pg_url, monkeypatch, cap) -> None:
    engine, sessions = open_store(pg_url)
    try:
        fill(sessions)
        monkeypatch.setattr(q, "COUNT_CAP", cap)
        with sessions.begin() as s:  # every other inquiry with a live follow-up has its reply answered
            followed = s.scalars(select(TaskRow.inquiry_id).where(TaskRow.kind == "follow-up").order_by(TaskRow.id))
            for inquiry_id in list(followed)[::3]:
                for task in s.scalars(select(TaskRow).where(TaskRow.inquiry_id == inquiry_id, TaskRow.kind == "reply")):
                    task.state = "done"
        with sessions() as s:
            assert q._live_search_indexed(s)
            # Not vacuous: a live follow-up on "valves" whose inquiry has no live reply task left (the second branch).
            orphans = s.query(TaskRow).join(InquiryRow).filter(
                TaskRow.kind == "follow-up", TaskRow.state.in_(("open", "claimed")), InquiryRow.open_replies == 0,
                InquiryRow.subject.ilike("%valves%")).count()
        assert orphans > 0
        sizes = {}
        for f in FILTERS:
            for include in (True, False):
                indexed = _pages(sessions, f, include)
                with monkeypatch.context() as m:  # today's statement: as on a store without the index
                    m.setattr(q, "_live_search_indexed", lambda session: False)
                    plain = _pages(sessions, f, include)
                assert indexed == plain, (f, include)
                want = expected(sessions, f, include)
                for limit, offset, ids, total, more in indexed:
                    assert ids == want[offset:offset + limit], (f, include, limit, offset)
                    shown = offset + len(ids)
                    counted = min(len(want), max(cap, shown))
                    assert (total, more) == ((counted, len(want) > counted) if len(ids) == limit or not ids
                                             else (len(want), False)), (f, include, limit, offset)
                sizes[f.search, f.states, include] = len(want)
        assert sizes["valves", ("open", "claimed"), True] > 8 and sizes["dn50", ("open", "claimed"), True] > 0
        assert sizes["Al-Farsi", ("open", "claimed"), True] > 0 and sizes["zzzz", ("open", "claimed"), True] == 0
        # The count really went through the prefilter, and the planner can serve it from the index.
        [(sql, params)] = _count_sql(engine, sessions, q.QueueFilter(search="VALVES container"))
        assert "UNION ALL" in sql and "CAST(inquiries.from_name AS TEXT)) ILIKE" in sql, sql
        with engine.connect() as c:
            c.execute(text("ANALYZE inquiries"))
            c.commit()
            # A tiny table: show that the index CAN serve it, other ways priced out (and, in this transaction
            # only, the other partial index on open_replies > 0 dropped: a tiny table reads it whole instead).
            for method in ("seqscan", "indexscan", "indexonlyscan", "nestloop"):
                c.execute(text(f"SET enable_{method} = off"))
            c.execute(text("DROP INDEX ix_inquiries_receipt_facts"))
            plan = "\n".join(r[0] for r in c.exec_driver_sql("EXPLAIN " + sql, params))
            c.rollback()
        assert f"Bitmap Index Scan on {q.LIVE_SEARCH_INDEX}" in plan, plan
    finally:
        engine.dispose()


def test_without_the_index_a_search_counts_as_before(pg_url) -> None:
    """0013 makes no index without pg_trgm: the list then runs today's statement (asked once per engine)."""
    engine, sessions = open_store(pg_url)
    try:
        fill(sessions)
        with engine.begin() as c:
            c.execute(text(f"DROP INDEX {q.LIVE_SEARCH_INDEX}"))
    finally:
        engine.dispose()
    engine, sessions = open_store(pg_url)
    try:
        with sessions() as s:
            assert not q._live_search_indexed(s)
        f = q.QueueFilter(search="valves")
        [(sql, _)] = _count_sql(engine, sessions, f)
        assert "UNION" not in sql and "|| ' '" not in sql, sql
        want = expected(sessions, f)
        with sessions() as s:
            page = q.queue_page(s, filters=f, now=NOW, limit=2)
        assert [e.task_id for e in page.entries] == want[:2] and (page.total, page.more) == (len(want), False)
    finally:
        engine.dispose()
