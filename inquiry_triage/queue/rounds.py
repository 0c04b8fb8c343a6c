"""One scheduler round: wake snoozed tasks, plan follow-ups, mark tasks due within the hour
(reminded) and overdue ones (escalated, with a note saying who was told), then send the reminders.

The daemon's reminder job and `inquiry-triage tick` (for cron, or a team without a mailbox) both
call `run_round`: one code path. Each round leaves an audit row (action "tick") with what it did:
that row is the scheduler's heartbeat for `status`. `now` is passed in.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from ..store.models import AuditRow, InquiryRow, NoteRow, TaskRow, as_utc

log = logging.getLogger("inquiry_triage.scheduler")

SCHEDULER = "inquiry-triage"  # the author/actor of what a round writes
TICK = "tick"  # the audit action of a round: the heartbeat
REMIND_WITHIN = timedelta(hours=1)  # a task due this soon gets a "due" reminder, once
DEFAULT_INTERVAL_MINUTES = 5.0  # [scheduler] interval_minutes


@dataclass
class RoundReport:
    at: datetime
    by: str
    woken: list[int] = field(default_factory=list)
    planned: list[tuple[int, str]] = field(default_factory=list)  # (task id, rule)
    reminded: list[int] = field(default_factory=list)
    escalated: list[tuple[int, str]] = field(default_factory=list)  # (task id, who was told)
    sent: dict[str, int] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"at": self.at.isoformat(timespec="seconds"), "by": self.by, "woken": self.woken,
                "planned": [{"task": t, "rule": r} for t, r in self.planned], "reminded": self.reminded,
                "escalated": [{"task": t, "to": to} for t, to in self.escalated], "sent": self.sent}

    def counts(self) -> dict[str, int]:
        return {"woken": len(self.woken), "planned": len(self.planned), "reminded": len(self.reminded),
                "escalated": len(self.escalated)}

    def lines(self) -> list[str]:
        """What the round did, for people."""
        out = [f"scheduler round at {self.at.isoformat(timespec='seconds')}: {len(self.woken)} woken, "
               f"{len(self.planned)} follow-up(s) planned, {len(self.reminded)} reminded, "
               f"{len(self.escalated)} escalated"]
        out += [f"  woke task {t}" for t in self.woken]
        out += [f"  planned task {t} ({r})" for t, r in self.planned]
        out += [f"  due within the hour: task {t}" for t in self.reminded]
        out += [f"  overdue, escalated: task {t} -> {to}" for t, to in self.escalated]
        if any(self.sent.values()):
            out.append("  notifications: " + ", ".join(f"{k} {v}" for k, v in self.sent.items()))
        return out


def escalation_recipients(assignee: str | None, notifications: dict[str, Any] | None) -> str:
    """Who an overdue reminder reaches, as notify.deliver routes it: the assignee's address (else the
    team address) by email when SMTP is set up, and the webhook when there is one."""
    notifications = notifications or {}
    told = []
    if notifications.get("smtp"):
        address = (notifications.get("members", {}) or {}).get(assignee or "") or notifications.get("team_address")
        if address:
            told.append(str(address))
    if notifications.get("webhook"):
        told.append("the team webhook")
    return ", ".join(told) if told else "nobody notified ([notifications] not set up): shown in the queue"


def collect_reminders(session: Session, now: datetime, notifications: dict[str, Any] | None = None,
                      report: RoundReport | None = None) -> list[Any]:
    """Mark tasks due within the hour (reminded) and overdue ones (escalated), once each. An
    escalation leaves a note naming who was told."""
    from ..notify import Reminder

    reminders = []
    # Review tasks (suspicious inquiries) are outside the reply SLA: never reminded or escalated.
    for task in session.scalars(select(TaskRow).where(TaskRow.state.in_(("open", "claimed")), TaskRow.kind != "review")
                                .order_by(TaskRow.id)):
        due = as_utc(task.due_at)
        state = None
        if due <= now and task.escalated_at is None:
            task.escalated_at = now
            state = "overdue"
            recipients = escalation_recipients(task.assignee, notifications)
            session.add(NoteRow(inquiry_id=task.inquiry_id, task_id=task.id, author=SCHEDULER, action="escalate",
                                content=f"overdue since {due.isoformat(timespec='minutes')}: escalated to {recipients}",
                                created_at=now))
            if report is not None:
                report.escalated.append((task.id, recipients))
            log.warning("task %d (grade %s) is overdue since %s: escalated to %s", task.id, task.grade,
                        due.isoformat(), recipients)
        elif due > now and task.reminded_at is None and due - now <= REMIND_WITHIN:
            task.reminded_at = now
            state = "due"
            if report is not None:
                report.reminded.append(task.id)
        if state:
            inquiry = session.get(InquiryRow, task.inquiry_id)
            reminders.append(Reminder(task_id=task.id, grade=task.grade, state=state, due=due.isoformat(timespec="minutes"),
                                      assignee=task.assignee, subject=(inquiry.subject if inquiry else "")[:120],
                                      sender=(inquiry.from_addr or inquiry.from_name) if inquiry else "",
                                      note=task.due_note or ""))
    return reminders


def run_round(sessions: sessionmaker[Session], now: datetime, *, followups: dict[str, Any] | None = None,
              notifications: dict[str, Any] | None = None, calendar: Any = None, by: str = "tick") -> RoundReport:
    """One round, committed, then the reminders sent (after the commit: a crash never leaves a
    reminder sent but its task unmarked, which would send it again)."""
    from ..notify import deliver
    from .followups import plan
    from .operations import wake_snoozed

    if now.tzinfo is None:
        raise ValueError("now: pass a timezone-aware time")
    now = as_utc(now)
    report = RoundReport(at=now, by=by)
    with sessions.begin() as session:
        report.woken = [t.id for t in wake_snoozed(session, now)]
        report.planned = [(t.id, t.rule) for t in plan(session, now, followups or {}, calendar)]
        reminders = collect_reminders(session, now, notifications, report)
        session.add(AuditRow(at=now, actor=SCHEDULER, action=TICK, detail={"by": by, **report.counts()}))
    report.sent = deliver(reminders, notifications or {})
    return report


def last_round(session: Session) -> tuple[datetime | None, str]:
    """When the scheduler last ran a round, and what ran it ("daemon" / "tick"); (None, "") never."""
    at = session.scalar(select(func.max(AuditRow.at)).where(AuditRow.action == TICK, AuditRow.actor == SCHEDULER))
    if at is None:
        return None, ""
    row = session.scalars(select(AuditRow).where(AuditRow.action == TICK, AuditRow.at == at).limit(1)).first()
    return as_utc(at), str((row.detail or {}).get("by", "")) if row else ""
