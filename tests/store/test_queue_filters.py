"""The queue's list filters at a million inquiries (issue 10), on SQLite and PostgreSQL: what the list
commands print is byte for byte what they printed before the work (golden outputs written by the
code at 4748e86), every filter matches what a Python reading of the rules says (the specification
of the SQL), page by page, with the count capped as before, and the text filters' indexes exist
on PostgreSQL when pg_trgm can be had, and are not needed for a correct answer when it cannot.
No timings: outputs, rows and plans (bench/queue_filters_bench.py prints the figures)."""

from __future__ import annotations

import itertools
import json
import sys
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))

from inquiry_triage.store import open_store  # noqa: E402
from inquiry_triage.store import queue as q  # noqa: E402
from inquiry_triage.store.models import InquiryRow, TaskRow, as_utc  # noqa: E402
from tests.servers.postgres import db_url, pg_url, postgres_server  # noqa: E402,F401  (fixtures are used by name)
from tests.servers.postgres import store_on_both as store  # noqa: E402,F401  (both databases: (url, sessions))
from tests.store.queue_filters_data import GOLDEN, NOW, fill, outputs  # noqa: E402


def test_list_outputs_are_byte_identical_to_before(store) -> None:
    url, sessions = store
    fill(sessions)
    dialect = sessions.kw["bind"].dialect.name
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))[dialect]
    found = outputs(url)
    assert found.keys() == golden.keys()
    changed = [label for label in golden if found[label] != golden[label]]
    assert not changed, "\n\n".join(f"{label}\n--- before\n{golden[label]}\n--- now\n{found[label]}"
                                    for label in changed[:3])
    # Not vacuous: the filters found something, and not everything.
    sizes = {label: len(json.loads(found[label].split("\n", 1)[1])) for label in golden
             if label.startswith("json") and "filed" not in label}
    assert sizes["json"] > 40 and all(0 < n < sizes["json"] for label, n in sizes.items()
                                      if label not in ("json", "json deadline", "json newest", "json search across columns"))
    assert sizes["json search across columns"] == 0


def test_more_list_outputs_are_byte_identical_to_before_0012(store) -> None:
    """The equality filters, review, filed and snoozed lists, pages past the end, with the shipped count
    cap and with a cap of 4: as printed by the code before the 0012 filter work (queue_live_data.py)."""
    from tests.store import queue_live_data as more

    url, sessions = store
    fill(sessions)
    golden = json.loads(more.GOLDEN.read_text(encoding="utf-8"))[sessions.kw["bind"].dialect.name]
    found = more.outputs(url)
    assert found.keys() == golden.keys()
    changed = [label for label in golden if found[label] != golden[label]]
    assert not changed, "\n\n".join(f"{label}\n--- before\n{golden[label]}\n--- now\n{found[label]}"
                                    for label in changed[:3])
    assert sum("+" in line for text in found.values() for line in text.splitlines() if "showing" in line) >= 8


# --- the rules, read in Python: the specification the SQL must meet -----------------------------------

def _fold(text: str) -> str:
    """ASCII case folding (what both databases agree on; the data has no other case differences)."""
    return "".join(ch.lower() if ch.isascii() else ch for ch in text)


def _contains(column: str, wanted: str) -> bool:
    spellings = {wanted, wanted.lower(), wanted.title(), wanted.upper(), wanted.capitalize()}
    return any(_fold(s) in _fold(column) for s in spellings)


def _matches(task: TaskRow, inquiry: InquiryRow, f: q.QueueFilter, include_suspicious: bool) -> bool:
    if task.state not in f.states or (task.kind == q.REVIEW) != f.review:
        return False
    if inquiry.suspicious and (not include_suspicious or f.suspicious is False):
        return False
    if f.suspicious is True and not inquiry.suspicious:
        return False
    checks = [
        not f.grades or task.grade in f.grades,
        not f.language or inquiry.language == f.language,
        not f.country or inquiry.country == f.country.upper(),
        not f.channel or inquiry.channel == f.channel.lower(),
        not f.assignee or task.assignee == f.assignee,
        not f.overdue or as_utc(task.due_at) < NOW,
        f.due_within_hours is None or as_utc(task.due_at) <= NOW + timedelta(hours=f.due_within_hours),
        all(any(_contains(c, word) for c in (inquiry.subject, inquiry.body, inquiry.from_addr, inquiry.from_name))
            for word in (f.search or "").split()),
        not (f.buyer or "").strip() or inquiry.buyer_key in (f.buyer.strip().lower(), q.phone_key(f.buyer.strip()))
        or _contains(inquiry.from_addr, f.buyer.strip()) or _contains(inquiry.from_name, f.buyer.strip()),
        not (f.product or "").strip() or _contains(inquiry.product, f.product.strip()),
    ]
    return all(checks)


def _order_key(f: q.QueueFilter, task: TaskRow, inquiry: InquiryRow):  # type: ignore[no-untyped-def]
    receipt = as_utc(inquiry.received_at or inquiry.triaged_at)
    due = as_utc(task.due_at)
    if f.review:
        return (due, task.id)
    return {"grade": (task.grade, due, task.id), "deadline": (due, task.id),
            "oldest": (receipt, task.id)}.get(f.sort) or (-receipt.timestamp(), -task.id)


def expected(sessions: sessionmaker[Session], f: q.QueueFilter, include_suspicious: bool = True) -> list[int]:
    with sessions() as s:
        pairs = [(t, t.inquiry) for t in s.query(TaskRow)]
        chosen = [(t, i) for t, i in pairs if _matches(t, i, f, include_suspicious)]
        return [t.id for t, i in sorted(chosen, key=lambda p: _order_key(f, *p))]


FILTERS = {
    "all": q.QueueFilter(),
    "search ascii": q.QueueFilter(search="valves"),
    "search two words, upper": q.QueueFilter(search="VALVES container"),
    "search cyrillic": q.QueueFilter(search="стулья"),
    "search cyrillic upper": q.QueueFilter(search="СТУЛЬЯ"),
    "search percent": q.QueueFilter(search="100%"),
    "search underscore": q.QueueFilter(search="cotton_bags"),
    "search wildcard is literal": q.QueueFilter(search="c_tton"),
    "search across two columns": q.QueueFilter(search="valvescontainer"),
    "search sender address": q.QueueFilter(search="GULF-trading"),
    "search sender name": q.QueueFilter(search="müller"),
    "search nothing": q.QueueFilter(search="zzzz"),
    "search short": q.QueueFilter(search="M1"),
    "buyer name": q.QueueFilter(buyer="Ahmed"),
    "buyer phone": q.QueueFilter(buyer="+7 (495) 123-45-67"),
    "buyer key": q.QueueFilter(buyer="MARCO.ROSSI@EXAMPLE.IT"),
    "buyer part": q.QueueFilter(buyer="buyer12"),
    "buyer name key": q.QueueFilter(buyer="name:li wei"),
    "buyer cyrillic": q.QueueFilter(buyer="ромашка"),
    "product": q.QueueFilter(product="ball valves"),
    "product cyrillic": q.QueueFilter(product="стулья"),
    "product percent": q.QueueFilter(product="100%"),
    "language": q.QueueFilter(language="ru"),
    "country": q.QueueFilter(country="de"),
    "channel": q.QueueFilter(channel="Phone"),
    "combined": q.QueueFilter(language="de", country="DE", search="valves", grades=("A", "B", "C")),
    "search, newest": q.QueueFilter(search="valves", sort="newest"),
    "product, oldest": q.QueueFilter(product="valves", sort="oldest"),
    "buyer, deadline": q.QueueFilter(buyer="buyer", sort="deadline"),
    "search, overdue, assignee": q.QueueFilter(search="e", overdue=True, assignee="alice"),
    "snoozed, search": q.QueueFilter(states=("snoozed",), search="valves"),
    "due within": q.QueueFilter(due_within_hours=2, language="de"),
}


def test_every_filter_pages_what_the_rules_say(store) -> None:
    _, sessions = store
    fill(sessions)
    sizes = {}
    for name, f in FILTERS.items():
        for include in (True, False):
            want = expected(sessions, f, include)
            with sessions() as s:
                pages = [q.queue_page(s, include_suspicious=include, filters=f, now=NOW, limit=6, offset=o)
                         for o in range(0, len(want) + 7, 6)]
                streamed = [e.task_id for e in q.iter_open_tasks(s, include_suspicious=include, filters=f, now=NOW,
                                                                 batch=3)]
            assert [e.task_id for p in pages for e in p.entries] == want == streamed, (name, include)
            assert {p.total for p in pages} == {len(want)} and not any(p.more for p in pages), (name, include)
            sizes[name, include] = len(want)
    # Not vacuous: each filter keeps some tasks and drops others (but the two that match nothing).
    everything = sizes["all", True]
    assert everything > 40
    assert [name for (name, include), n in sizes.items() if include and not 0 < n < everything
            and name != "all"] == ["search wildcard is literal", "search across two columns", "search nothing"]


def test_counts_stop_at_the_cap_as_before(store, monkeypatch) -> None:
    _, sessions = store
    fill(sessions)
    cap = 3
    monkeypatch.setattr(q, "COUNT_CAP", cap)
    for name in ("all", "search ascii", "buyer part", "product, oldest", "language", "search cyrillic"):
        f = FILTERS[name]
        want = expected(sessions, f)
        assert len(want) > cap + 2, name
        with sessions() as s:
            first = q.queue_page(s, filters=f, now=NOW, limit=2)
            past = q.queue_page(s, filters=f, now=NOW, limit=2, offset=4)
            last = q.queue_page(s, filters=f, now=NOW, limit=len(want), offset=0)
        assert [e.task_id for e in first.entries] == want[:2] and (first.total, first.more) == (cap, True), name
        # A page past the cap counts up to its own last row ("of 6+").
        assert [e.task_id for e in past.entries] == want[4:6], name
        assert (past.total, past.more) == ((6, True) if len(want) > 6 else (len(want), False)), name
        assert [e.task_id for e in last.entries] == want, name


def test_the_review_list_pages_in_arrival_order(store) -> None:
    _, sessions = store
    fill(sessions)
    f = q.QueueFilter(review=True, states=q.REVIEW_STATES)
    want = expected(sessions, f)
    assert len(want) > 3
    with sessions() as s:
        pages = [q.review_page(s, now=NOW, limit=2, offset=o) for o in range(0, len(want) + 2, 2)]
    assert [e.task_id for p in pages for e in p.entries] == want


# --- the text filters' trigram indexes (0011 _filters) -------------------------------------------------

_roles = itertools.count()
TRIGRAM = {"ix_inquiries_subject_trgm": "subject", "ix_inquiries_body_trgm": "body",
           "ix_inquiries_from_addr_trgm": "from_addr", "ix_inquiries_from_name_trgm": "from_name",
           "ix_inquiries_product_trgm": "product"}


def test_postgresql_serves_a_rare_words_ilike_from_the_trigram_indexes(pg_url) -> None:
    engine, sessions = open_store(pg_url)
    try:
        fill(sessions)
        with engine.connect() as c:
            made = {r[0] for r in c.execute(text("SELECT indexname FROM pg_indexes WHERE indexname LIKE '%_trgm'"))}
            assert made == set(TRIGRAM)
            c.execute(text("ANALYZE inquiries"))
            c.execute(text("SET enable_seqscan = off"))  # a tiny table: show that the index CAN serve it
            for name, column in TRIGRAM.items():
                plan = "\n".join(r[0] for r in c.execute(text(
                    f"EXPLAIN SELECT id FROM inquiries WHERE {column} ILIKE '%' || :w || '%' ESCAPE '/'"), {"w": "ahmed"}))
                assert f"Bitmap Index Scan on {name}" in plan, plan
    finally:
        engine.dispose()


def test_without_pg_trgm_the_migration_succeeds_and_the_filters_stay_right(postgres_server) -> None:
    """A production user may lack the right to CREATE EXTENSION (not the database's owner, no CREATE on
    it): the migration still runs, makes no trigram index, and every filter answers as before."""
    import os

    name = postgres_server.create_database()
    role = f"filters_app_{os.getpid()}_{next(_roles)}"
    admin = create_engine(postgres_server.url_for(name), isolation_level="AUTOCOMMIT")
    engine = None
    try:
        with admin.connect() as c:
            c.execute(text(f"CREATE ROLE {role} LOGIN"))
            c.execute(text(f"GRANT CONNECT, TEMPORARY ON DATABASE {name} TO {role}"))
            c.execute(text(f"REVOKE CREATE ON DATABASE {name} FROM PUBLIC"))
            c.execute(text(f"GRANT ALL ON SCHEMA public TO {role}"))
        engine, sessions = open_store(postgres_server.url_for(name).replace("://postgres@", f"://{role}@"))
        with engine.connect() as c:
            assert c.execute(text("SELECT current_user")).scalar() == role
            assert c.execute(text("SELECT version_num FROM alembic_version")).scalar() >= "0011"
            assert not c.execute(text("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")).first()
            assert not c.execute(text("SELECT indexname FROM pg_indexes WHERE indexname LIKE '%_trgm'")).all()
        fill(sessions)
        for label in ("search two words, upper", "search cyrillic", "buyer part", "product percent", "combined"):
            f = FILTERS[label]
            want = expected(sessions, f)
            with sessions() as s:
                assert [e.task_id for e in q.queue_page(s, filters=f, now=NOW, limit=None).entries] == want, label
            assert want, label
    finally:
        if engine is not None:
            engine.dispose()
        admin.dispose()
        postgres_server.drop_database(name)
        server = create_engine(postgres_server.url, isolation_level="AUTOCOMMIT")  # roles belong to the cluster
        with server.connect() as c:
            c.execute(text(f"DROP ROLE IF EXISTS {role}"))
        server.dispose()


