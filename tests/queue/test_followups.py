"""Follow-up rules on a real SQLite store, with `now` passed in."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from inquiry_triage.queue.followups import plan, price_change, seller_closures
from inquiry_triage.queue.operations import Actor, dismiss, record_reply
from inquiry_triage.scheduling.deadlines import calendar_from_config
from inquiry_triage.store import open_store
from inquiry_triage.store.models import InquiryRow, TaskRow

T0 = datetime(2026, 11, 2, 2, 0, tzinfo=timezone.utc)  # Mon 10:00 in Shanghai
AGENT = Actor("alice", "agent")
LEAD = Actor("bob", "lead")


@pytest.fixture
def sessions(tmp_path):
    return open_store(f"sqlite:///{tmp_path / 'f.db'}")[1]


def inquiry(session, n: int, *, buyer: str = "buyer@acme.example", channel: str = "email", when=T0,
            country: str = "DE", product: str = "LED panel 600x600") -> InquiryRow:
    row = InquiryRow(message_id=f"m{n}", source="t", channel=channel, status="triaged", grade="B", score=5.0,
                     suspicious=False, triaged_at=when, received_at=when, result={}, buyer_key=buyer,
                     country=country, product=product, subject=product)
    row.tasks.append(TaskRow(kind="reply", state="open", grade="B", due_at=when + timedelta(hours=4), created_at=when))
    session.add(row)
    session.flush()
    return row


def rules_made(tasks):
    return sorted((t.rule.split(":")[0], t.attempt) for t in tasks)


def test_silent_buyer_follow_ups_up_to_k_times(sessions):
    with sessions.begin() as s:
        row = inquiry(s, 1)
        record_reply(s, AGENT, T0 + timedelta(hours=1), row.tasks[0].id)
    with sessions.begin() as s:
        assert plan(s, T0 + timedelta(days=2)) == []                      # not yet
        made = plan(s, T0 + timedelta(days=3, hours=2))
        assert rules_made(made) == [("silent-buyer", 1)]
        assert plan(s, T0 + timedelta(days=3, hours=3)) == []             # idempotent while open
        made[0].state, made[0].done_at = "done", T0 + timedelta(days=3, hours=3)
    with sessions.begin() as s:
        assert rules_made(plan(s, T0 + timedelta(days=6, hours=4))) == [("silent-buyer", 2)]
        for t in s.query(TaskRow).filter(TaskRow.rule == "silent-buyer"):
            t.state, t.done_at = "done", T0 + timedelta(days=6, hours=5)
    with sessions.begin() as s:
        assert rules_made(plan(s, T0 + timedelta(days=9, hours=6))) == [("silent-buyer", 3)]
        for t in s.query(TaskRow).filter(TaskRow.rule == "silent-buyer"):
            t.state, t.done_at = "done", T0 + timedelta(days=9, hours=7)
    with sessions.begin() as s:
        assert plan(s, T0 + timedelta(days=30)) == []                     # K = 3 reached


def test_no_follow_up_for_a_buyer_who_wrote_again_or_an_inquiry_dismissed_as_spam(sessions):
    with sessions.begin() as s:
        first = inquiry(s, 1)
        record_reply(s, AGENT, T0 + timedelta(hours=1), first.tasks[0].id)
        inquiry(s, 2, when=T0 + timedelta(days=1))                         # the buyer wrote again
        spam = inquiry(s, 3, buyer="x@spam.example")
        record_reply(s, AGENT, T0 + timedelta(hours=1), spam.tasks[0].id)
        dismiss(s, LEAD, T0 + timedelta(hours=2), spam.tasks[0].id, "spam")
    with sessions.begin() as s:
        assert [t for t in plan(s, T0 + timedelta(days=5)) if t.rule == "silent-buyer"] == []


def test_rfq_quote_follow_up_uses_its_own_rule(sessions):
    with sessions.begin() as s:
        row = inquiry(s, 1, channel="rfq")
        record_reply(s, AGENT, T0, row.tasks[0].id, kind="quote")
    with sessions.begin() as s:
        made = plan(s, T0 + timedelta(days=2, minutes=1), {"rfq_quote": {"days": 2, "max": 1}})
        assert rules_made(made) == [("rfq-quote", 1)]


def test_holiday_greeting_before_a_buyer_country_holiday(sessions):
    christmas_eve_week = datetime(2026, 12, 22, 2, 0, tzinfo=timezone.utc)
    with sessions.begin() as s:
        inquiry(s, 1, when=christmas_eve_week - timedelta(days=20), country="DE")
        inquiry(s, 2, buyer="old@buyer.example", when=christmas_eve_week - timedelta(days=400), country="DE")
    with sessions.begin() as s:
        made = plan(s, christmas_eve_week)
        greetings = [t for t in made if t.kind == "greeting"]
        assert len(greetings) == 1 and "2026-12-25" in greetings[0].rule and "Christmas" in greetings[0].due_note


def test_seller_closures_find_spring_festival_and_national_day():
    calendar = calendar_from_config({"timezone": "Asia/Shanghai", "country": "CN"})
    runs = seller_closures(calendar, datetime(2026, 9, 20).date(), 30, 3)
    assert [(a.isoformat(), b.isoformat()) for a, b in runs] == [("2026-10-01", "2026-10-07")]
    spring = seller_closures(calendar, datetime(2026, 2, 1).date(), 30, 3)
    assert spring and spring[0][0].isoformat().startswith("2026-02-1")


def test_closure_notice_to_active_buyers(sessions):
    calendar = calendar_from_config({"timezone": "Asia/Shanghai", "country": "CN"})
    now = datetime(2026, 9, 20, 2, 0, tzinfo=timezone.utc)
    with sessions.begin() as s:
        inquiry(s, 1, when=now - timedelta(days=10))
    with sessions.begin() as s:
        notices = [t for t in plan(s, now, calendar=calendar) if t.kind == "notice"]
        assert len(notices) == 1 and "2026-10-01" in notices[0].due_note
        assert [t for t in plan(s, now, calendar=calendar) if t.kind == "notice"] == []


def test_price_change_for_buyers_quoted_that_product(sessions):
    with sessions.begin() as s:
        quoted = inquiry(s, 1, product="LED panel 600x600")
        record_reply(s, AGENT, T0, quoted.tasks[0].id, kind="quote")
        other = inquiry(s, 2, buyer="b@other.example", product="Ceramic tiles")
        record_reply(s, AGENT, T0, other.tasks[0].id, kind="quote")
    with sessions.begin() as s:
        made = price_change(s, T0 + timedelta(days=10), "led panel")
        assert [t.inquiry_id for t in made] == [quoted.id]
        assert price_change(s, T0 + timedelta(days=10), "led panel") == []   # once per day
    with pytest.raises(ValueError):
        with sessions.begin() as s:
            price_change(s, T0, " ")
