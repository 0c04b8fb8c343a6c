"""Follow-up rules on a real SQLite store, with `now` passed in."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from inquiry_triage.queue.followups import plan, price_change, seller_closures
from inquiry_triage.queue.operations import Actor, dismiss, record_reply
from inquiry_triage.scheduling.deadlines import calendar_from_config
from inquiry_triage.store import open_store
from inquiry_triage.store.models import InquiryRow, TaskRow

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:  # make "tests.servers" importable however pytest is started
    sys.path.insert(0, str(_ROOT))
from tests.servers.postgres import pg_url, postgres_server  # noqa: E402,F401  (fixtures are used by name)

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
        answered = inquiry(s, 1, when=christmas_eve_week - timedelta(days=20), country="DE")
        record_reply(s, AGENT, christmas_eve_week - timedelta(days=19), answered.tasks[0].id)
        inquiry(s, 2, buyer="old@buyer.example", when=christmas_eve_week - timedelta(days=400), country="DE")
    with sessions.begin() as s:
        made = plan(s, christmas_eve_week)
        greetings = [t for t in made if t.kind == "greeting"]
        assert len(greetings) == 1 and "2026-12-25" in greetings[0].rule and "Christmas" in greetings[0].due_note


def test_a_buyer_still_waiting_for_our_reply_gets_the_reply_first_then_the_greeting(sessions):
    christmas_eve_week = datetime(2026, 12, 22, 2, 0, tzinfo=timezone.utc)
    with sessions.begin() as s:
        waiting = inquiry(s, 1, buyer="waiting@buyer.example", when=christmas_eve_week - timedelta(days=2), country="DE")
    with sessions.begin() as s:
        assert [t for t in plan(s, christmas_eve_week) if t.kind == "greeting"] == []  # unanswered: no greeting
        record_reply(s, AGENT, christmas_eve_week + timedelta(hours=1), waiting.tasks[0].id)
    with sessions.begin() as s:
        later = [t for t in plan(s, christmas_eve_week + timedelta(hours=2)) if t.kind == "greeting"]
        assert len(later) == 1 and later[0].inquiry_id == waiting.id  # the next round, once answered


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
        answered = inquiry(s, 3, buyer="c@third.example", product="LED panel 300x300")
        record_reply(s, AGENT, T0, answered.tasks[0].id)  # answered, never quoted: no price to change
    with sessions.begin() as s:
        made = price_change(s, T0 + timedelta(days=10), "led panel")
        assert [t.inquiry_id for t in made] == [quoted.id]
        assert price_change(s, T0 + timedelta(days=10), "led panel") == []   # once per day
    with pytest.raises(ValueError):
        with sessions.begin() as s:
            price_change(s, T0, " ")


def test_price_change_draft_names_the_product_as_typed(sessions):
    """`notify price-change --product LED面板灯` drafted 'led面板灯的价格近期将进行调整': the product is
    lower-cased only to match quotations and to notify once a day, the draft says it as the lead typed it."""
    from inquiry_triage.drafts import draft_notice
    from inquiry_triage.model import Inquiry

    with sessions.begin() as s:
        quoted = inquiry(s, 1, product="LED面板灯 600x600")
        record_reply(s, AGENT, T0, quoted.tasks[0].id, kind="quote")
    with sessions.begin() as s:
        [made] = price_change(s, T0 + timedelta(days=10), " LED面板灯 ")
        assert made.rule.startswith("price-change:led面板灯:")  # matching and once a day: any case
        assert price_change(s, T0 + timedelta(days=10), "led面板灯") == []
        buyer = Inquiry(source="", message_id="", channel="email", from_name="王伟", from_addr="w@acme.example",
                        subject="询价", body="", own_text="")
        for language in ("zh", "en"):
            text = draft_notice("price_change", buyer, language, rule=made.rule, note=made.due_note)
            assert "LED面板灯" in text and "led面板灯" not in text, text
        # a note naming another product (edited by hand) does not replace the rule's
        text = draft_notice("price_change", buyer, "en", rule=made.rule, note="price change for valves: tell the buyer")
        assert "led面板灯" in text and "valves" not in text, text


# --- issue 9: the quote follow-up keys on a quotation, from any channel; due times in business hours

SHANGHAI = calendar_from_config({"timezone": "Asia/Shanghai", "country": "CN", "hours": ["09:00", "18:00"],
                                 "breaks": [["12:00", "13:00"]]})


@pytest.fixture(params=["sqlite", "postgresql"])
def any_sessions(request, tmp_path):
    url = request.getfixturevalue("pg_url") if request.param == "postgresql" else f"sqlite:///{tmp_path / 'q.db'}"
    engine, made = open_store(url)
    try:
        yield made
    finally:
        engine.dispose()


def in_business_hours(moment: datetime) -> bool:
    local = moment.astimezone(SHANGHAI.zone)
    return SHANGHAI.next_open(moment) == local and SHANGHAI.is_open_day(local.date())


@pytest.mark.parametrize("channel", ["email", "im", "rfq"])
def test_a_quotation_starts_the_quote_follow_up_whatever_the_channel(any_sessions, channel):
    with any_sessions.begin() as s:
        row = inquiry(s, 1, channel=channel)
        record_reply(s, AGENT, T0, row.tasks[0].id, channel="im" if channel == "im" else "email", kind="quote")
    with any_sessions.begin() as s:
        made = plan(s, T0 + timedelta(days=2, minutes=1), {"rfq_quote": {"days": 2, "max": 1}}, SHANGHAI)
        assert rules_made(made) == [("rfq-quote", 1)]
        assert "no answer to our quotation since 2026-11-02: follow-up 1 of 1" == made[0].due_note
        assert plan(s, T0 + timedelta(days=30), {"rfq_quote": {"days": 2, "max": 1}}, SHANGHAI) == []


def test_a_plain_reply_to_an_rfq_is_a_silent_buyer_follow_up_not_a_quote_one(any_sessions):
    with any_sessions.begin() as s:
        row = inquiry(s, 1, channel="rfq")
        record_reply(s, AGENT, T0, row.tasks[0].id)                          # answered, no price given
    with any_sessions.begin() as s:
        assert rules_made(plan(s, T0 + timedelta(days=3, minutes=1), calendar=SHANGHAI)) == [("silent-buyer", 1)]


def test_a_quotation_after_a_reply_moves_the_inquiry_to_the_quote_rule(any_sessions):
    with any_sessions.begin() as s:
        row = inquiry(s, 1, channel="email")
        record_reply(s, AGENT, T0, row.tasks[0].id)
        s.add(TaskRow(inquiry_id=row.id, kind="reply", state="open", grade="B", due_at=T0, created_at=T0))
        s.flush()
        second = s.query(TaskRow).filter(TaskRow.inquiry_id == row.id, TaskRow.state == "open").one()
        record_reply(s, AGENT, T0 + timedelta(hours=2), second.id, kind="quote")
    with any_sessions.begin() as s:
        made = plan(s, T0 + timedelta(days=3, hours=3), calendar=SHANGHAI)
        assert rules_made(made) == [("rfq-quote", 1)]


def test_follow_up_due_times_land_in_the_sellers_business_hours(any_sessions):
    friday_evening = datetime(2026, 11, 6, 10, 30, tzinfo=timezone.utc)     # Fri 18:30 in Shanghai
    with any_sessions.begin() as s:
        row = inquiry(s, 1)
        record_reply(s, AGENT, friday_evening - timedelta(days=3), row.tasks[0].id)
    with any_sessions.begin() as s:
        planned_at = datetime(2026, 11, 6, 17, 49, tzinfo=timezone.utc)     # Sat 01:49 in Shanghai
        made = plan(s, planned_at, calendar=SHANGHAI)
        assert rules_made(made) == [("silent-buyer", 1)]
        due = made[0].due_at if made[0].due_at.tzinfo else made[0].due_at.replace(tzinfo=timezone.utc)
        # a day later is Sunday 01:49: the follow-up is due when the office opens on Monday
        assert due.astimezone(SHANGHAI.zone) == datetime(2026, 11, 9, 9, 0, tzinfo=SHANGHAI.zone)
        assert in_business_hours(due)


def test_every_planned_due_time_is_inside_business_hours(any_sessions):
    # A year of plans at awkward hours: each task the rules make is due while the seller is open.
    start = datetime(2026, 9, 18, 17, 49, tzinfo=timezone.utc)              # Sat 01:49 before National Day
    with any_sessions.begin() as s:
        for n, country in enumerate(("DE", "US", "BR", "RU", "AU"), start=1):
            row = inquiry(s, n, buyer=f"b{n}@buyer.example", country=country, when=start - timedelta(days=5))
            record_reply(s, AGENT, start - timedelta(days=4, hours=n), row.tasks[0].id,
                         kind="quote" if n % 2 else "reply")
    made = []
    for step in range(0, 120, 7):
        now = start + timedelta(days=step, hours=step % 24)
        with any_sessions.begin() as s:
            made += [(t.rule, t.due_at) for t in plan(s, now, calendar=SHANGHAI)]
            for task in s.query(TaskRow).filter(TaskRow.kind != "reply", TaskRow.state == "open"):
                task.state, task.done_at = "done", now
    rules = {rule.split(":")[0] for rule, _ in made}
    assert {"silent-buyer", "rfq-quote", "closure-notice", "holiday-greeting"} <= rules
    for rule, due in made:
        due = due if due.tzinfo else due.replace(tzinfo=timezone.utc)
        assert in_business_hours(due), (rule, due.astimezone(SHANGHAI.zone))


def test_a_greeting_is_due_on_the_sellers_last_working_day_before_the_holiday(any_sessions):
    # Whit Monday 2027 (Germany) is 17 May: the day before is a Sunday, so Friday 14 May, 09:00 Shanghai.
    now = datetime(2027, 5, 11, 1, 0, tzinfo=timezone.utc)                 # Tue 09:00 in Shanghai
    rules = {"holiday_greeting": {"days_before": 7, "active_days": 90}}
    with any_sessions.begin() as s:
        answered = inquiry(s, 1, when=now - timedelta(days=10), country="DE")
        record_reply(s, AGENT, now - timedelta(days=9), answered.tasks[0].id)  # greetings go to answered buyers
    with any_sessions.begin() as s:
        greetings = [t for t in plan(s, now, rules, SHANGHAI) if t.kind == "greeting"]
        assert len(greetings) == 1 and "2027-05-17" in greetings[0].rule
        due = greetings[0].due_at if greetings[0].due_at.tzinfo else greetings[0].due_at.replace(tzinfo=timezone.utc)
        assert due.astimezone(SHANGHAI.zone) == datetime(2027, 5, 14, 9, 0, tzinfo=SHANGHAI.zone)


def test_reply_quote_on_the_command_line_starts_the_quote_follow_up(tmp_path):
    """`queue reply ID --quote` for an IM inquiry (not an RFQ): three days on, plan() makes the
    rfq-quote follow-up, not silent-buyer."""
    log = tmp_path / "chats.jsonl"
    log.write_text(json.dumps({"id": "wa-1", "channel": "whatsapp", "name": "Ana", "phone": "+34 600 111 222",
                               "received_at": "2026-11-02T10:00:00+01:00",
                               "body": "Necesitamos 300 sillas de oficina, precio FOB Ningbo por favor"}) + "\n")
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    env = {**os.environ, "INQUIRY_TRIAGE_USER": "alice", "INQUIRY_TRIAGE_CONFIG": ""}

    def cli(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "inquiry_triage", *args], capture_output=True, text=True,
                              cwd=_ROOT, env=env, timeout=120)

    assert cli("triage", str(log), "--db", db, "--offline").returncode == 0
    task_id = json.loads(cli("queue", "--db", db, "--format", "json").stdout)[0]["id"]
    assert cli("queue", "claim", str(task_id), "--db", db).returncode == 0
    replied = cli("queue", "reply", str(task_id), "--quote", "--channel", "im", "--db", db)
    assert replied.returncode == 0 and "quotation" in replied.stdout
    engine, made_sessions = open_store(db)
    try:
        with made_sessions.begin() as s:
            sent = s.query(InquiryRow).one().triaged_at
            sent = sent if sent.tzinfo else sent.replace(tzinfo=timezone.utc)
            made = plan(s, sent + timedelta(days=3), calendar=SHANGHAI)
            # The run's own clock: a Spanish holiday near it (6 and 8 December) also brings the +34 buyer a
            # greeting, which is not what this test is about.
            assert [r for r in rules_made(made) if r[0] != "holiday-greeting"] == [("rfq-quote", 1)]
    finally:
        engine.dispose()


# --- a greeting is due before the holiday begins on the buyer's clock (newcomer: `tick` on Thu 2026-12-03,
# UAE National Day Dec 2-3, planned holiday-greeting:AE:2026-12-03 due Dec 4 09:00 Shanghai, after it) ---

def _answered_buyer(s, now, country: str) -> None:
    answered = inquiry(s, 1, when=now - timedelta(days=10), country=country)
    answered.grade = answered.tasks[0].grade = "A"
    record_reply(s, AGENT, now - timedelta(days=9), answered.tasks[0].id)


def _greetings_at(sessions, now, country: str):
    rules = {"holiday_greeting": {"days_before": 7, "active_days": 90}}
    with sessions.begin() as s:
        _answered_buyer(s, now, country)
    with sessions.begin() as s:
        made = [t for t in plan(s, now, rules, SHANGHAI) if t.kind == "greeting"]
        return [(t.rule, t.due_at if t.due_at.tzinfo else t.due_at.replace(tzinfo=timezone.utc), t.grade)
                for t in made]


def test_no_greeting_on_the_second_day_of_a_holiday(sessions):
    now = datetime(2026, 12, 3, 1, 0, tzinfo=timezone.utc)  # Thu 09:00 Shanghai, 05:00 Dubai: National Day
    assert _greetings_at(sessions, now, "AE") == []


def test_a_greeting_is_due_before_the_holiday_starts_in_the_buyers_zone(sessions):
    now = datetime(2026, 11, 30, 1, 0, tzinfo=timezone.utc)  # Mon 09:00 Shanghai
    [(rule, due, _)] = _greetings_at(sessions, now, "AE")
    assert rule == "holiday-greeting:AE:2026-12-02"  # the holiday's first day, not a later one of it
    assert due < datetime(2026, 12, 1, 20, 0, tzinfo=timezone.utc)  # Dec 2 00:00 in Dubai


def test_a_greeting_planned_late_is_due_now_while_the_holiday_has_not_begun(sessions):
    now = datetime(2026, 12, 1, 9, 0, tzinfo=timezone.utc)  # Tue 17:00 Shanghai, 13:00 Dubai
    [(rule, due, _)] = _greetings_at(sessions, now, "AE")
    assert rule == "holiday-greeting:AE:2026-12-02"
    assert now <= due < datetime(2026, 12, 1, 20, 0, tzinfo=timezone.utc)


def test_no_greeting_when_the_holiday_has_begun_before_it_could_be_due(sessions):
    now = datetime(2026, 12, 1, 10, 30, tzinfo=timezone.utc)  # Tue 18:30 Shanghai (closed), 14:30 Dubai
    # the next opening (Wed 09:00 Shanghai) is Dec 2 05:00 in Dubai: the holiday has begun
    assert _greetings_at(sessions, now, "AE") == []


def test_a_greeting_does_not_rank_above_real_buyers(sessions):
    now = datetime(2026, 11, 30, 1, 0, tzinfo=timezone.utc)
    [(_, _, grade)] = _greetings_at(sessions, now, "AE")
    assert grade > "B"  # the queue lists grade A, B replies first: a greeting is no A inquiry
