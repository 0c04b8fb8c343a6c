"""A batch's follow-up marks written back (queue/followups._write_marks): the same marks on SQLite and
PostgreSQL, whatever mix of times and NULLs; on PostgreSQL one set-based statement, not an
executemany of one UPDATE a row (issue 10 item 2)."""

from __future__ import annotations

import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import event, select

from inquiry_triage.queue.followups import _write_marks
from inquiry_triage.store import open_store
from inquiry_triage.store.models import FollowupMarkRow, InquiryRow, as_utc

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:  # make "tests.servers" importable however pytest is started
    sys.path.insert(0, str(_ROOT))
from tests.queue.test_followups_at_scale import store  # noqa: E402,F401  (an open store on SQLite and PostgreSQL)
from tests.servers.postgres import pg_url, postgres_server  # noqa: E402,F401  (fixtures are used by name)

T0 = datetime(2026, 11, 2, 2, 0, tzinfo=timezone.utc)


def _marked(sessions, count: int) -> list[int]:
    """`count` inquiries, each marked from T0 (the trigger copies inquiries.followup_from)."""
    with sessions.begin() as s:
        rows = [InquiryRow(message_id=f"<w{n}@x>", source="t", channel="email", status="triaged", grade="C",
                           triaged_at=T0, received_at=T0, result={}, buyer_key=f"w{n}@buyer.example",
                           followup_from=T0) for n in range(count)]
        s.add_all(rows)
        s.flush()
        return [row.id for row in rows]


def _marks(sessions) -> dict[int, datetime | None]:
    with sessions() as s:
        return {i: (as_utc(f) if f else None) for i, f in s.execute(select(FollowupMarkRow.inquiry_id,
                                                                           FollowupMarkRow.followup_from))}


def _mark_writes(engine) -> list[bool]:
    """executemany or not, for each UPDATE of followup_marks sent to the driver."""
    seen: list[bool] = []

    @event.listens_for(engine, "before_cursor_execute")
    def _seen(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("UPDATE FOLLOWUP_MARKS"):
            seen.append(executemany)

    return seen


def test_a_batch_of_times_and_nulls_is_written_exactly_and_touches_no_other_mark(store):
    engine, sessions = store
    ids = _marked(sessions, 7)
    assert _marks(sessions) == {i: T0 for i in ids}
    later = T0 + timedelta(days=1, hours=3, microseconds=5)
    batch = [{"mark_id": ids[0], "mark_from": None}, {"mark_id": ids[1], "mark_from": later},
             {"mark_id": ids[3], "mark_from": None}, {"mark_id": ids[4], "mark_from": T0 - timedelta(days=30)}]
    with sessions.begin() as s:
        _write_marks(s, batch)
    assert _marks(sessions) == {ids[0]: None, ids[1]: later, ids[2]: T0, ids[3]: None,
                                ids[4]: T0 - timedelta(days=30), ids[5]: T0, ids[6]: T0}


def test_a_batch_of_nulls_only_is_written(store):
    # PostgreSQL types a VALUES column of NULLs alone as text: the statement must still set the times' column
    engine, sessions = store
    ids = _marked(sessions, 3)
    with sessions.begin() as s:
        _write_marks(s, [{"mark_id": i, "mark_from": None} for i in ids[:2]])
    assert _marks(sessions) == {ids[0]: None, ids[1]: None, ids[2]: T0}


def test_an_empty_batch_sends_nothing(store):
    engine, sessions = store
    _marked(sessions, 2)
    writes = _mark_writes(engine)
    with sessions.begin() as s:
        _write_marks(s, [])
    assert writes == []


def test_postgresql_writes_a_batch_in_one_statement_not_one_update_a_row(pg_url):
    engine, sessions = open_store(pg_url)
    try:
        ids = _marked(sessions, 40)
        writes = _mark_writes(engine)
        with sessions.begin() as s:
            _write_marks(s, [{"mark_id": i, "mark_from": None if n % 3 else T0 + timedelta(hours=n)}
                             for n, i in enumerate(ids)])
        assert writes == [False]  # one statement, not an executemany
        assert _marks(sessions) == {i: (None if n % 3 else T0 + timedelta(hours=n)) for n, i in enumerate(ids)}
    finally:
        engine.dispose()
