"""`notify price-change` reads the period's quotations in one statement (issue 10: it read each
inquiry's whole row and asked for its task once per quotation: 27,510 statements, 96 s at 1M) and
still makes exactly the notices the old per-quotation code made, on SQLite and PostgreSQL: once per
buyer (else per inquiry) and day, never for a dismissed inquiry, a plain reply or an old quotation."""

from __future__ import annotations

import random
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import event, select

from inquiry_triage.queue.followups import price_change
from inquiry_triage.store import open_store
from inquiry_triage.store.models import InquiryRow, ReplyRow, TaskRow, as_utc

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))
from tests.servers.postgres import pg_url, postgres_server  # noqa: E402,F401  (fixtures are used by name)

NOW = datetime(2026, 11, 30, 8, 0, tzinfo=timezone.utc)
PRODUCTS = ("LED panel 600x600", "led PANEL light", "Ceramic tiles", "brass ball valve DN50", "", None)


@pytest.fixture(params=["sqlite", "postgresql"])
def sessions(request, tmp_path):
    url = request.getfixturevalue("pg_url") if request.param == "postgresql" else f"sqlite:///{tmp_path / 'p.db'}"
    engine, made = open_store(url)
    yield made
    engine.dispose()


def _old_price_change(session, now, product, days=90):  # type: ignore[no-untyped-def]
    """The code before issue 10's fix (queue/followups.price_change and its _add, verbatim in effect),
    without the calendar (due = now + 1 day)."""
    since = now - timedelta(days=days)
    needle = product.lower().strip()
    key = f"price-change:{needle}:{now.date().isoformat()}"
    made = []
    for reply in session.scalars(select(ReplyRow).where(ReplyRow.sent_at >= since, ReplyRow.kind == "quote")
                                 .order_by(ReplyRow.id)):
        inquiry = session.get(InquiryRow, reply.inquiry_id)
        if inquiry is None or inquiry.dismissed_as:
            continue
        if needle not in (reply.product or inquiry.product or inquiry.subject or "").lower():
            continue
        stmt = select(TaskRow.id).where(TaskRow.rule == key, TaskRow.attempt == 0)
        if inquiry.buyer_key:
            stmt = stmt.join(InquiryRow, TaskRow.inquiry_id == InquiryRow.id).where(InquiryRow.buyer_key == inquiry.buyer_key)
        else:
            stmt = stmt.where(TaskRow.inquiry_id == inquiry.id)
        if session.scalar(stmt.limit(1)) is not None:
            continue
        task = TaskRow(inquiry_id=inquiry.id, kind="notice", rule=key, attempt=0, state="open",
                       grade=inquiry.grade or "C", due_at=now + timedelta(days=1), created_at=now,
                       due_note=f"price change for {product}: tell the buyer")
        session.add(task)
        session.flush()
        made.append(task)
    return made


def _store(sessions, rng: random.Random, count: int) -> None:  # type: ignore[no-untyped-def]
    with sessions.begin() as s:
        for n in range(count):
            buyer = f"b{rng.randrange(count // 3 + 1)}@buyer.example" if rng.random() < 0.8 else ""
            row = InquiryRow(message_id=f"<p{n}@x>", source="t", channel="email", status="triaged",
                             grade=rng.choice("ABCD"), triaged_at=NOW - timedelta(days=rng.uniform(1, 150)), result={},
                             buyer_key=buyer, subject=rng.choice(("RFQ LED panels", "tiles", "valves")),
                             product=rng.choice(PRODUCTS), dismissed_as="spam" if rng.random() < 0.1 else None)
            s.add(row)
            s.flush()
            for _ in range(rng.randrange(0, 3)):
                s.add(ReplyRow(inquiry_id=row.id, author="a", channel="email", product=rng.choice(PRODUCTS),
                               kind="quote" if rng.random() < 0.7 else "reply",
                               sent_at=as_utc(row.triaged_at) + timedelta(hours=rng.uniform(1, 48))))


def _made(tasks):  # type: ignore[no-untyped-def]
    return sorted((t.inquiry_id, t.rule, t.grade, t.due_note) for t in tasks)


@pytest.mark.parametrize("product", ["led panel", "Ceramic", "nothing quoted"])
def test_price_change_makes_what_the_old_code_made(sessions, product):
    _store(sessions, random.Random(7), 240)
    with sessions.begin() as s:
        # One notice already made today by hand for one quoted buyer: neither makes it again.
        first = s.execute(select(InquiryRow.id, InquiryRow.buyer_key).join(ReplyRow, ReplyRow.inquiry_id == InquiryRow.id)
                          .where(ReplyRow.kind == "quote", InquiryRow.buyer_key != "").order_by(InquiryRow.id)).first()
        s.add(TaskRow(inquiry_id=first.id, kind="notice", rule=f"price-change:{product.lower()}:{NOW.date()}",
                      attempt=0, state="done", grade="C", due_at=NOW, created_at=NOW))
    with sessions.begin() as s:
        old = _made(_old_price_change(s, NOW, product))
        s.rollback()
    with sessions.begin() as s:
        new = _made(price_change(s, NOW, product))
    assert new == old and (product == "nothing quoted") == (not new)
    with sessions.begin() as s:
        assert price_change(s, NOW, product) == []  # once per day


def test_price_change_runs_the_same_statements_for_60_or_240_inquiries(sessions):
    engine = sessions.kw["bind"]
    counts = []
    for count in (60, 240):
        with sessions.begin() as s:
            s.query(TaskRow).delete()
            s.query(ReplyRow).delete()
            s.query(InquiryRow).delete()
        _store(sessions, random.Random(count), count)
        executed: list[str] = []
        listener = lambda *args: executed.append(args[2])  # noqa: E731
        event.listen(engine, "before_cursor_execute", listener)
        try:
            with sessions.begin() as s:
                made = price_change(s, NOW, "led panel")
        finally:
            event.remove(engine, "before_cursor_execute", listener)
        assert made
        counts.append(len(executed))
    assert counts[0] == counts[1] <= 6, counts
