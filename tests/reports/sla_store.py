"""A generated store for the report tests and bench/reports_bench.py: inquiries with a realistic mix
of grades, channels, filings, suspicious ones (review tasks), replies, follow-ups and open tasks,
written with bulk INSERTs (a million in minutes, not hours).

`awkward=True` adds the cases a report must get right: inquiries without received_at, without a
grade (the task's counts), failed ones, list mail released into a reply task, two reply tasks,
replies out of order or at the same second, empty author names, and replies whose stored response
times are missing or were computed on another calendar.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import insert
from sqlalchemy.orm import Session, sessionmaker

from inquiry_triage.store.models import InquiryRow, ReplyRow, TaskRow, as_utc

UTC = timezone.utc
AGENTS = ("alice", "bob", "chen", "dana", "emil", "farah", "gus", "hana")
GRADES = ("A", "B", "C", "D")
BUDGET_H = {"A": 4, "B": 8, "C": 24, "D": 48}
FILINGS = ("list", "newsletter", "auto-reply", "bounce", "no-reply")
_CHUNK = 5000


@dataclass
class Built:
    inquiries: int = 0
    tasks: int = 0
    replies: int = 0
    suspicious: int = 0


def _reasons(rnd: random.Random, suspicion: list[str]) -> list[dict]:
    out = [{"rule": "FREE_MAILBOX", "points": 0.5, "kind": "grade", "detail": "[from]: gmail.com"}]
    for kind in suspicion:
        for n in range(rnd.randint(1, 3)):
            out.append({"rule": f"{kind.upper()}_RULE_{n}", "points": round(rnd.uniform(0.5, 3.0), 2), "kind": kind,
                        "detail": f"[body]: 'marker {n} " + "x" * rnd.randint(10, 80) + "'"})
    return out


def generate(sessions: sessionmaker[Session], n: int, *, now: datetime, days: float | None = None, seed: int = 7,
             open_share: float = 0.01, awkward: bool = False, raw_bytes: int = 1200) -> Built:
    """`n` inquiries received over `days` (default: n / 1,000 a day, at least 60) before `now`."""
    rnd = random.Random(seed)
    days = days if days is not None else max(60.0, n / 1000)
    start = now - timedelta(days=days)
    built = Built()
    next_task, next_reply = 1, 1
    rows: list[dict] = []
    tasks: list[dict] = []
    replies: list[dict] = []

    def flush(force: bool = False) -> None:
        if not force and len(rows) < _CHUNK:
            return
        with sessions.begin() as s:
            if rows:
                s.execute(insert(InquiryRow), rows)
            if tasks:
                s.execute(insert(TaskRow), tasks)
            if replies:
                s.execute(insert(ReplyRow), replies)
        built.inquiries += len(rows)
        built.tasks += len(tasks)
        built.replies += len(replies)
        rows.clear(), tasks.clear(), replies.clear()

    def task(inquiry_id: int, kind: str, grade: str, due: datetime, created: datetime, state: str,
             rule: str = "", assignee: str | None = None) -> int:
        nonlocal next_task
        tasks.append({"id": next_task, "inquiry_id": inquiry_id, "kind": kind, "rule": rule, "attempt": 0,
                      "state": state, "snooze_until_buyer_writes": False, "due_note": "", "grade": grade,
                      "due_at": due, "created_at": created, "assignee": assignee,
                      "done_at": None, "claimed_at": None, "snoozed_until": None})
        next_task += 1
        return next_task - 1

    def reply(inquiry_id: int, task_id: int | None, author: str, sent: datetime, kind: str = "reply") -> None:
        nonlocal next_reply
        replies.append({"id": next_reply, "inquiry_id": inquiry_id, "task_id": task_id, "author": author,
                        "channel": "email", "kind": kind, "product": "", "sent_at": sent,
                        "response_s": None, "response_business_s": None, "response_calendar": None})
        next_reply += 1

    for i in range(1, n + 1):
        received = start + timedelta(seconds=rnd.uniform(0, days * 86400))
        received = received.replace(microsecond=rnd.choice((0, 0, rnd.randrange(1_000_000))))
        triaged = received + timedelta(minutes=rnd.uniform(0.5, 30))
        if triaged > now:
            triaged = now
        grade = rnd.choices(GRADES, weights=(10, 25, 40, 25))[0]
        suspicious = rnd.random() < 0.06
        filing = "inquiry" if rnd.random() < 0.9 else rnd.choice(FILINGS)
        status = "triaged"
        received_at: datetime | None = received
        stored_grade: str | None = grade
        if awkward:
            if rnd.random() < 0.05:
                received_at = None  # a record without a date: receipt is triaged_at
            if rnd.random() < 0.03:
                stored_grade = rnd.choice((None, ""))
            if rnd.random() < 0.02:
                status = "failed"
        receipt = received_at or triaged
        suspicion = [rnd.choice(("scam", "spy"))] if suspicious else []
        risk = round(rnd.uniform(3, 12), 1) if suspicious else round(rnd.uniform(0, 2.5), 1)
        result = {"grade": grade, "suspicious": suspicious, "suspicion": suspicion, "risk": risk,
                  "ip_country": rnd.choice(("CN", "DE", "NG", "US", "BR", "")),
                  "reasons": _reasons(rnd, suspicion), "filing": filing}
        rows.append({"id": i, "message_id": f"<gen{i}@sla.example>", "content_hash": f"{i:064x}",
                     "source": f"gen/{i}.eml", "channel": rnd.choice(("email", "email", "email", "phone", "im", "web")),
                     "status": status, "error": "unreadable" if status == "failed" else None,
                     "grade": stored_grade if status == "triaged" else None, "score": 5.0,
                     "suspicious": suspicious, "risk": risk, "language": "en",
                     "from_addr": f"buyer{i % 50000}@example.com", "from_name": f"Buyer {i}",
                     "subject": f"RFQ {i}: valves and fittings", "body": "Please quote 500 pcs FOB Ningbo. " * 8,
                     "country": "DE", "received_at": received_at, "triaged_at": triaged,
                     "result": json.loads(json.dumps(result)), "draft": "", "buyer_key": f"buyer{i % 50000}@example.com",
                     "buyer_timezone": "", "product": "valves", "dismissed_as": None, "verdict": None,
                     "raw": bytes(rnd.getrandbits(8) for _ in range(16)) * (raw_bytes // 16), "duplicate_of": None,
                     "filing": filing})
        if status == "failed":
            flush()
            continue
        due = receipt + timedelta(hours=BUDGET_H[grade] * rnd.uniform(1.0, 3.0))
        age = (now - receipt).total_seconds() / 3600
        if suspicious:
            built.suspicious += 1
            fate = rnd.random()
            if age < 72 and fate < 0.7:
                task(i, "review", grade, receipt, triaged, "open")
                flush()
                continue
            if fate < 0.85:
                task(i, "review", grade, receipt, triaged, "dismissed")
                rows[-1]["dismissed_as"] = rnd.choice(("spam", "spy"))
                flush()
                continue
            task(i, "review", grade, receipt, triaged, "done")  # released: a reply task due from arrival
        elif filing != "inquiry":
            if not (awkward and rnd.random() < 0.05):  # a list mail released into a reply task after all
                flush()
                continue
        author = rnd.choice(AGENTS)
        if awkward and rnd.random() < 0.01:
            author = ""
        is_open = rnd.random() < (open_share * 5 if age < 24 * 14 else open_share / 5)
        if rnd.random() < 0.01 and not is_open:
            task(i, "reply", grade, due, triaged, "dismissed")
            rows[-1]["dismissed_as"] = "duplicate"
            flush()
            continue
        first = task(i, "reply", grade, due, triaged, rnd.choice(("open", "claimed", "snoozed")) if is_open else "done",
                     assignee=author if not is_open else None)
        if awkward and rnd.random() < 0.02:  # a second reply task (e.g. released again), created later
            task(i, "reply", grade, due + timedelta(hours=5), triaged + timedelta(hours=1),
                 "open" if rnd.random() < 0.3 else "done")
        if is_open:
            if awkward and rnd.random() < 0.3 and age > 2:  # answered on another task already
                reply(i, None, rnd.choice(AGENTS), receipt + timedelta(hours=rnd.uniform(0.1, age)))
            flush()
            continue
        hours = rnd.lognormvariate(1.5, 1.0) * (BUDGET_H[grade] / 8)
        sent = min(receipt + timedelta(hours=hours, microseconds=rnd.randrange(1_000_000)), now)
        reply(i, first, author, sent)
        if awkward and rnd.random() < 0.05:
            later = rnd.random() < 0.5
            other = sent + timedelta(hours=rnd.uniform(0.1, 5)) if later else sent  # same instant: id decides
            reply(i, first, rnd.choice(AGENTS), other)
        if awkward and rnd.random() < 0.03:  # recorded later with an earlier sent_at: first by time, not id
            reply(i, None, rnd.choice(AGENTS), receipt + (sent - receipt) / 2)
        if rnd.random() < 0.2:  # a silent-buyer follow-up, later done with a follow-up reply
            fdue = sent + timedelta(days=3)
            done = fdue < now and rnd.random() < 0.9
            fid = task(i, "silent-buyer", grade, fdue, sent, "done" if done else "open", rule="silent-buyer:1")
            if done:
                reply(i, fid, author, fdue, kind="follow-up")
        if awkward and rnd.random() < 0.005:
            rows[-1]["dismissed_as"] = "spam"  # dismissed after a reply
        flush()
    flush(force=True)
    return built


def stamp_some(sessions: sessionmaker[Session], calendar, share: float, seed: int = 3) -> None:  # type: ignore[no-untyped-def]
    """Give a share of the inquiries their first-reply facts, as record_reply keeps them (derived
    here in Python from all of the inquiry's replies), and a few a wrong business time under another
    calendar's key (the report must recompute those); the rest stay underived (first_reply_known
    NULL, as rows stored before migration 0007: the report derives them)."""
    from sqlalchemy import select, update

    from inquiry_triage.reports.response_time import first_reply_values, receipt_of

    rnd = random.Random(seed)
    with sessions.begin() as s:
        first: dict[int, tuple] = {}
        for inquiry_id, sent_at, reply_id, author in s.execute(
                select(ReplyRow.inquiry_id, ReplyRow.sent_at, ReplyRow.id, ReplyRow.author)):
            key = (as_utc(sent_at), reply_id)
            if inquiry_id not in first or key < first[inquiry_id][0]:
                first[inquiry_id] = (key, author)
        values = []
        for inquiry in s.scalars(select(InquiryRow).where(InquiryRow.status == "triaged")):
            pick = rnd.random()
            (sent, _), author = first.get(inquiry.id, ((None, 0), None))
            if pick < share:
                values.append({"id": inquiry.id, **first_reply_values(receipt_of(inquiry), sent, author, calendar)})
            elif pick < share + 0.05 and sent is not None:  # the wall time is right whatever the calendar; business is not
                facts = first_reply_values(receipt_of(inquiry), sent, author, None)
                values.append({"id": inquiry.id, **facts, "first_response_business_s": 1.0,
                               "first_response_calendar": "0000000000000000"})
        if values:
            s.execute(update(InquiryRow), values)


def migrate(engine, up: bool, revision: str) -> None:  # type: ignore[no-untyped-def]
    """Upgrade or downgrade a store to `revision` with the shipped migrations (the rollup tests' step)."""
    from alembic import command
    from alembic.config import Config as AlembicConfig

    from inquiry_triage.store.db import MIGRATIONS

    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        (command.upgrade if up else command.downgrade)(cfg, revision)
