"""Writing results and reading the queue. Pure SQL over the models; no printing here."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session

from ..pipeline import TriageResult
from .models import InquiryRow, TaskRow, as_utc

_GRADE_ORDER = case({"A": 0, "B": 1, "C": 2, "D": 3}, value=TaskRow.grade, else_=4)


def message_key(message_id: str) -> str:
    """The stored form of an id: as it is, or a hash when it is longer than the column."""
    if len(message_id) <= 512:
        return message_id
    import hashlib

    return "sha256:" + hashlib.sha256(message_id.encode("utf-8", "surrogateescape")).hexdigest()


def is_known(session: Session, message_id: str, content_hash: str = "") -> bool:
    clauses = [InquiryRow.message_id == message_key(message_id)]
    if content_hash:
        clauses.append(InquiryRow.content_hash == content_hash)
    return session.scalar(select(InquiryRow.id).where(or_(*clauses)).limit(1)) is not None


def buyer_key(inquiry) -> str:  # type: ignore[no-untyped-def]
    """Who the buyer is, across channels: the address, else the phone, else the name."""
    if inquiry.from_addr:
        return inquiry.from_addr.lower()
    if inquiry.phone:
        return "tel:" + "".join(ch for ch in inquiry.phone if ch.isdigit() or ch == "+")
    return ("name:" + " ".join(inquiry.from_name.lower().split())) if inquiry.from_name else ""


def find_existing(session: Session, message_id: str, content_hash: str = "") -> InquiryRow | None:
    clauses = [InquiryRow.message_id == message_key(message_id)]
    if content_hash:
        clauses.append(InquiryRow.content_hash == content_hash)
    return session.scalars(select(InquiryRow).where(or_(*clauses)).limit(1)).first()


def save_result(session: Session, result: TriageResult, now: datetime | None = None) -> InquiryRow | None:
    """Store one result (and its reply task). Returns None when it was already stored (a re-run)."""
    now = as_utc(now) or datetime.now(timezone.utc)
    inquiry = result.inquiry
    content_hash = inquiry.content_hash if inquiry else ""
    if is_known(session, result.message_id, content_hash):
        return None
    data = result.to_json()
    row = InquiryRow(
        message_id=message_key(result.message_id), content_hash=content_hash, source=result.source, channel=result.channel,
        status="failed" if result.error else "triaged", error=result.error, grade=data["grade"], score=data["score"],
        suspicious=bool(data["suspicious"]), risk=data["risk"] or 0.0, language=data["language"],
        from_addr=(inquiry.from_addr if inquiry else "")[:320], from_name=(inquiry.from_name if inquiry else "")[:256],
        subject=inquiry.subject if inquiry else "", body=(inquiry.own_text or inquiry.body)[:20000] if inquiry else "",
        country=(result.facts.country if result.facts else "")[:2],
        received_at=as_utc(inquiry.received_at) if inquiry else None, triaged_at=now, result=data, raw=result.raw, draft=result.draft,
        buyer_key=buyer_key(inquiry) if inquiry else "", buyer_timezone=result.buyer_timezone,
        product=((inquiry.product or inquiry.subject) if inquiry else "")[:256],
    )
    session.add(row)
    if result.verdict is not None and result.reply_due is not None:
        row.tasks.append(TaskRow(kind="reply", state="open", grade=result.verdict.grade,
                                 due_at=as_utc(result.reply_due), created_at=now, due_note=result.due_note))
        # The buyer wrote again: tasks snoozed "until the buyer writes" wake up.
        if row.buyer_key:
            for task in session.scalars(select(TaskRow).join(InquiryRow, TaskRow.inquiry_id == InquiryRow.id).where(
                    InquiryRow.buyer_key == row.buyer_key, TaskRow.state == "snoozed",
                    TaskRow.snooze_until_buyer_writes.is_(True))):
                task.state = "claimed" if task.assignee else "open"
                task.snooze_until_buyer_writes = False
    session.flush()
    return row


@dataclass(frozen=True)
class QueueEntry:
    task_id: int
    inquiry_id: int
    grade: str
    due_at: datetime
    state: str
    assignee: str | None
    suspicious: bool
    language: str | None
    channel: str
    sender: str
    subject: str
    kind: str = "reply"
    country: str = ""
    escalated: bool = False
    due_note: str = ""


@dataclass(frozen=True)
class QueueFilter:
    grades: tuple[str, ...] = ()
    language: str | None = None
    country: str | None = None
    suspicious: bool | None = None  # None: both
    assignee: str | None = None
    due_within_hours: float | None = None
    overdue: bool = False
    states: tuple[str, ...] = ("open", "claimed")


def open_tasks(session: Session, *, include_suspicious: bool = True, filters: QueueFilter | None = None,
               now: datetime | None = None) -> list[QueueEntry]:
    """Open tasks by grade, then deadline: the order sales staff should work in."""
    f = filters or QueueFilter()
    now = now or datetime.now(timezone.utc)
    stmt = (select(TaskRow, InquiryRow).join(InquiryRow, TaskRow.inquiry_id == InquiryRow.id)
            .where(TaskRow.state.in_(f.states))
            .order_by(_GRADE_ORDER, TaskRow.due_at, TaskRow.id))
    if not include_suspicious or f.suspicious is False:
        stmt = stmt.where(InquiryRow.suspicious.is_(False))
    if f.suspicious is True:
        stmt = stmt.where(InquiryRow.suspicious.is_(True))
    if f.grades:
        stmt = stmt.where(TaskRow.grade.in_(f.grades))
    if f.language:
        stmt = stmt.where(InquiryRow.language == f.language)
    if f.country:
        stmt = stmt.where(InquiryRow.country == f.country.upper())
    if f.assignee:
        stmt = stmt.where(TaskRow.assignee == f.assignee)
    entries = []
    for task, inquiry in session.execute(stmt):
        due = as_utc(task.due_at)
        if f.overdue and due >= now:
            continue
        if f.due_within_hours is not None and (due - now).total_seconds() > f.due_within_hours * 3600:
            continue
        entries.append(QueueEntry(task_id=task.id, inquiry_id=inquiry.id, grade=task.grade, due_at=due,
                                  state=task.state, assignee=task.assignee, suspicious=inquiry.suspicious,
                                  language=inquiry.language, channel=inquiry.channel,
                                  sender=inquiry.from_addr or inquiry.from_name, subject=inquiry.subject,
                                  kind=task.kind if not task.rule else task.rule.split(":")[0], country=inquiry.country,
                                  escalated=task.escalated_at is not None, due_note=task.due_note or ""))
    return entries


def suspicious_since(session: Session, since: datetime | None) -> list[InquiryRow]:
    stmt = select(InquiryRow).where(InquiryRow.suspicious.is_(True)).order_by(InquiryRow.risk.desc(), InquiryRow.id)
    if since is not None:
        stmt = stmt.where(InquiryRow.triaged_at >= since)
    return list(session.scalars(stmt))


def counts(session: Session) -> dict[str, int]:
    rows = session.execute(select(InquiryRow.status, func.count()).group_by(InquiryRow.status)).all()
    return {status: n for status, n in rows}

