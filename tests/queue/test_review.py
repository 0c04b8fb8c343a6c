"""Review before reply (issue 9, item 1), on SQLite and PostgreSQL: a suspicious inquiry gets a
review task for leads (no reply task, no draft, outside the reply SLA, never escalated); `release`
(genuine) closes it and makes a reply task due from the inquiry's ARRIVAL with its draft; `dismiss
--as spam|spy` closes it; both are verdicts `learn --from-store` reads. Mail that is not an
inquiry gets no task, unless it is suspicious (fraud through a list is reviewed)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))

from inquiry_triage.config import load_config  # noqa: E402
from inquiry_triage.learning.corpus import store_rows  # noqa: E402
from inquiry_triage.pipeline import build_context, triage  # noqa: E402
from inquiry_triage.queue.operations import (  # noqa: E402
    Actor,
    NotAllowed,
    QueueError,
    claim,
    dismiss,
    genuine,
    release,
    release_review,
)
from inquiry_triage.queue.review import reply_planner  # noqa: E402
from inquiry_triage.queue.rounds import collect_reminders  # noqa: E402
from inquiry_triage.reports.sla import collect_sla  # noqa: E402
from inquiry_triage.store.db import open_store  # noqa: E402
from inquiry_triage.store.models import AuditRow, InquiryRow, TaskRow, as_utc  # noqa: E402
from inquiry_triage.store.queue import QueueFilter, filed_items, filing_counts, open_tasks, save_result  # noqa: E402
from tests.servers.postgres import pg_url, postgres_server  # noqa: E402,F401

UTC = timezone.utc
ARRIVED = datetime(2026, 3, 2, 7, 0, tzinfo=UTC)  # the mails' Date: Mon 08:00 +0100
NOW = datetime(2026, 3, 9, 2, 0, tzinfo=UTC)  # a week later: every reply deadline has passed
CONFIG = load_config(None)
CTX = build_context(CONFIG, offline=True, now=NOW)
AGENT = Actor("alice", "agent")
LEAD = Actor("lena", "lead")

SCAM = ("I am a bank manager. An unclaimed fund of 12 million dollars awaits transfer to your account. "
        "Reply in confidence with your bank details and your phone number.")
BUYER = "Please quote 500 stainless steel valves DN50 FOB Hamburg, delivery in April. Regards, Anna"


def mail(n: int, body: str, *headers: str, subject: str = "Quotation request") -> bytes:
    return (f"From: Sender {n} <sender{n}@company{n}.example>\r\nTo: sales@seller.example\r\nSubject: {subject}\r\n"
            f"Message-ID: <m{n}@company{n}.example>\r\nDate: Mon, 02 Mar 2026 08:00:00 +0100\r\n"
            + "".join(h + "\r\n" for h in headers)
            + f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n").encode()


LIST = ("List-Id: <users.lists.example.org>", "List-Post: <mailto:users@lists.example.org>", "Precedence: list")


@pytest.fixture(params=["sqlite", "postgresql"])
def sessions(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[sessionmaker[Session]]:
    url = request.getfixturevalue("pg_url") if request.param == "postgresql" else f"sqlite:///{tmp_path / 'r.db'}"
    engine, made = open_store(url)
    try:
        yield made
    finally:
        engine.dispose()


def store(sessions: sessionmaker[Session], raw: bytes):  # type: ignore[no-untyped-def]
    result = triage(raw, CTX)
    with sessions.begin() as s:
        row = save_result(s, result, now=NOW)
        return result, row.id, [(t.id, t.kind) for t in row.tasks]


def tasks_of(sessions: sessionmaker[Session], inquiry_id: int) -> list[TaskRow]:
    with sessions() as s:
        rows = list(s.scalars(select(TaskRow).where(TaskRow.inquiry_id == inquiry_id).order_by(TaskRow.id)))
        s.expunge_all()
        return rows


def test_a_suspicious_inquiry_gets_a_review_task_outside_the_reply_sla(sessions):
    scam, scam_id, scam_tasks = store(sessions, mail(1, SCAM, subject="Confidential proposal"))
    buyer, buyer_id, buyer_tasks = store(sessions, mail(2, BUYER))
    assert scam.verdict.suspicious and not buyer.verdict.suspicious
    assert scam.draft  # computed by the pipeline...
    assert [k for _, k in scam_tasks] == ["review"] and [k for _, k in buyer_tasks] == ["reply"]
    with sessions() as s:
        assert s.get_one(InquiryRow, scam_id).draft == ""  # ...but not stored as a reply draft
        assert s.get_one(InquiryRow, buyer_id).draft == buyer.draft != ""
        review = s.get_one(TaskRow, scam_tasks[0][0])
        assert (review.state, as_utc(review.due_at)) == ("open", ARRIVED)  # listed by arrival
        # The reply list has the buyer's task only; the review list the scam's.
        assert [e.task_id for e in open_tasks(s, now=NOW)] == [buyer_tasks[0][0]]
        assert [e.task_id for e in open_tasks(s, filters=QueueFilter(review=True), now=NOW)] == [scam_tasks[0][0]]
        sla = collect_sla(s, now=NOW, since=None)
        assert (sla["total"]["inquiries"], sla["total"]["breaches"], sla["total"]["backlog"]) == (2, 1, 1)
        assert sla["review"]["open"] == 1 and sla["review"]["oldest_wait_h"] == pytest.approx(163.0)
    with sessions.begin() as s:  # the overdue round escalates the buyer's task, never the review
        reminders = collect_reminders(s, NOW)
    assert [r.task_id for r in reminders] == [buyer_tasks[0][0]]
    assert tasks_of(sessions, scam_id)[0].escalated_at is None
    with sessions.begin() as s:  # nor does claim hand it out
        with pytest.raises(QueueError, match="is a review task"):
            claim(s, LEAD, NOW, scam_tasks[0][0])
    with sessions.begin() as s:
        assert claim(s, LEAD, NOW).id == buyer_tasks[0][0]
        assert claim(s, LEAD, NOW) is None


def test_release_makes_a_reply_task_due_from_arrival_with_a_draft(sessions):
    scam, scam_id, scam_tasks = store(sessions, mail(3, SCAM, subject="Confidential proposal"))
    review_id = scam_tasks[0][0]
    later = NOW + timedelta(days=2)  # the lead gets to it two days later: the deadline does not move
    with sessions.begin() as s:
        reply = release(s, LEAD, later, review_id, reply_planner(CONFIG, later))
        reply_id = reply.id
    tasks = tasks_of(sessions, scam_id)
    assert [(t.id, t.kind, t.state) for t in tasks] == [(review_id, "review", "done"), (reply_id, "reply", "open")]
    # The same arithmetic as triage at arrival: the deadline triage computed then.
    assert as_utc(tasks[1].due_at) == scam.reply_due.astimezone(UTC)
    assert tasks[1].due_note and tasks[1].grade == scam.verdict.grade
    with sessions() as s:
        inquiry = s.get_one(InquiryRow, scam_id)
        assert inquiry.draft == scam.draft != ""
        assert (inquiry.verdict, inquiry.suspicious, inquiry.dismissed_as) == ("genuine", False, None)
        assert [label for label, _, row in store_rows(s) if row.id == scam_id] == ["ham"]
        audit = s.scalars(select(AuditRow).order_by(AuditRow.id.desc())).first()
        assert (audit.action, audit.actor, audit.detail["reply_task"]) == ("release-review", "lena", reply_id)
        # An agent sees and works the reply task now.
        assert reply_id in [e.task_id for e in open_tasks(s, include_suspicious=False, now=later)]
    with sessions.begin() as s, pytest.raises(QueueError, match="already done"):
        release_review(s, LEAD, later, review_id, reply_planner(CONFIG, later))


def test_genuine_is_release_on_a_review_task(sessions):
    _, scam_id, scam_tasks = store(sessions, mail(4, SCAM, subject="Confidential proposal"))
    with sessions.begin() as s:
        reply = genuine(s, LEAD, NOW, scam_tasks[0][0], reply_planner(CONFIG, NOW))
        assert reply.kind == "reply"
    assert [t.kind for t in tasks_of(sessions, scam_id)] == ["review", "reply"]


def test_dismiss_closes_the_review_task_as_a_verdict(sessions):
    _, spam_id, spam_tasks = store(sessions, mail(5, SCAM, subject="Confidential proposal"))
    _, spy_id, spy_tasks = store(sessions, mail(6, SCAM, subject="Proposal again"))
    with sessions.begin() as s:
        dismiss(s, LEAD, NOW, spam_tasks[0][0], "spam")
        dismiss(s, LEAD, NOW, spy_tasks[0][0], "spy")
    for inquiry_id, as_ in ((spam_id, "spam"), (spy_id, "spy")):
        assert [(t.kind, t.state) for t in tasks_of(sessions, inquiry_id)] == [("review", "dismissed")]
        with sessions() as s:
            assert s.get_one(InquiryRow, inquiry_id).dismissed_as == as_
    with sessions() as s:
        assert {row.id: label for label, _, row in store_rows(s)} == {spam_id: "spam", spy_id: "spam"}
        assert open_tasks(s, filters=QueueFilter(review=True), now=NOW) == []
    with sessions.begin() as s:  # a lead overturns the dismissal (newcomer 16): genuine, with a reply task
        reply = release(s, LEAD, NOW, spam_tasks[0][0], reply_planner(CONFIG, NOW))
        assert reply.kind == "reply" and reply.state == "open"
    with sessions.begin() as s, pytest.raises(QueueError, match="already done"):
        release(s, LEAD, NOW, spam_tasks[0][0], reply_planner(CONFIG, NOW))


def test_an_agent_can_neither_release_nor_dismiss_a_review_task(sessions):
    _, scam_id, scam_tasks = store(sessions, mail(7, SCAM, subject="Confidential proposal"))
    review_id = scam_tasks[0][0]
    for operation in (lambda s: release(s, AGENT, NOW, review_id, reply_planner(CONFIG, NOW)),
                      lambda s: release_review(s, AGENT, NOW, review_id, reply_planner(CONFIG, NOW)),
                      lambda s: genuine(s, AGENT, NOW, review_id),
                      lambda s: dismiss(s, AGENT, NOW, review_id, "spam")):
        with sessions.begin() as s, pytest.raises(NotAllowed):
            operation(s)
    assert [(t.kind, t.state) for t in tasks_of(sessions, scam_id)] == [("review", "open")]
    with sessions() as s:
        assert s.get_one(InquiryRow, scam_id).verdict is None


def test_list_mail_gets_no_task_but_fraud_through_a_list_is_reviewed(sessions):
    news, news_id, news_tasks = store(sessions, mail(8, "Our spring catalogue is out: 20 new valve series.", *LIST,
                                                     subject="[users] Spring catalogue"))
    fraud, fraud_id, fraud_tasks = store(sessions, mail(9, SCAM, *LIST, subject="[users] Confidential proposal"))
    bounce, bounce_id, bounce_tasks = store(sessions, mail(10, BUYER, "Return-Path: <>",
                                                           subject="Undeliverable: Quotation request"))
    assert (news.filing, fraud.filing, bounce.filing) == ("list", "list", "bounce")
    assert not news.verdict.suspicious and fraud.verdict.suspicious
    assert news_tasks == [] and bounce_tasks == [] and [k for _, k in fraud_tasks] == ["review"]
    with sessions() as s:
        assert filing_counts(s) == {"bounce": 1, "list": 2}
        assert [r.id for r in filed_items(s, "list")] == [fraud_id, news_id]
        assert [r.id for r in filed_items(s)] == [bounce_id, fraud_id, news_id]
        assert s.get_one(InquiryRow, news_id).result["filing"] == "list"
        assert collect_sla(s, now=NOW, since=None)["total"]["inquiries"] == 0
    with sessions.begin() as s:  # released, a list's fraud-looking mail counts as an inquiry after all
        release(s, LEAD, NOW, fraud_tasks[0][0], reply_planner(CONFIG, NOW))
    with sessions() as s:
        assert collect_sla(s, now=NOW, since=None)["total"]["inquiries"] == 1


def test_a_name_missing_from_a_listed_team_is_an_agent_not_a_supervisor():
    from inquiry_triage.queue.operations import actor_from_config

    assert actor_from_config("root", {"members": {}, "default_role": ""}).role == "supervisor"  # one person
    team = {"members": {"alice": "agent", "bob": "lead"}, "default_role": ""}
    assert actor_from_config("mallory", team).role == "agent"
    assert not actor_from_config("mallory", team).may("review")
    assert actor_from_config("bob", team).may("review")
    assert actor_from_config("mallory", {**team, "default_role": "lead"}).role == "lead"  # said explicitly
