"""One scheduler round: wake snoozed tasks, plan follow-ups, mark tasks due within the hour
(reminded) and overdue ones (escalated, with a note saying who was told), then send the reminders.

The daemon's reminder job and `inquiry-triage tick` (for cron, or a team without a mailbox) both
call `run_round`: one code path. Each round leaves an audit row (action "tick") with what it did:
that row is the scheduler's heartbeat for `status`. `now` is passed in.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import ARRAY, ColumnElement, and_, any_, bindparam, func, insert, select, text, update
from sqlalchemy.orm import Session, sessionmaker

from ..store.models import AuditRow, InquiryRow, NoteRow, TaskRow, as_utc

if TYPE_CHECKING:  # followups is imported when a round runs: `status` reads last_round only
    from .followups import Begin, Stop

log = logging.getLogger("inquiry_triage.scheduler")

SCHEDULER = "inquiry-triage"  # the author/actor of what a round writes
TICK = "tick"  # the audit action of a round: the heartbeat
REMIND_WITHIN = timedelta(hours=1)  # a task due this soon gets a "due" reminder, once
DEFAULT_INTERVAL_MINUTES = 5.0  # [scheduler] interval_minutes
BATCH = 500  # tasks per query and per transaction: a stop request waits at most one batch
FOLLOWUP_MAX = "followup_max"  # the heartbeat's record of K per silence rule (queue/followups.rearm)
ROUND_LOCK = 0x1E7A_6E0A  # PostgreSQL's advisory lock of a round's batches (store/db.py's migrations: ...08)


def among(session: Session, column: Any, items: Sequence[Any]) -> ColumnElement[bool]:
    """`column IN items` for a batch's ids or keys. PostgreSQL: `column = ANY(one array parameter)`,
    which it plans as the IN list it is (the same index probes); a list of 500 placeholders instead
    was expanded by SQLAlchemy and split again by the driver for every batch, the largest share of
    this process's CPU in a round after the marks (session 13). SQLite: the IN list (in process)."""
    if session.get_bind().dialect.name == "postgresql":
        return column == any_(bindparam(None, list(items), type_=ARRAY(column.type), unique=True))
    return column.in_(items)


def lock_round(session: Session) -> None:
    """Make two rounds at once (the daemon and a cron `tick`, two daemons) take turns batch by batch,
    at the start of a batch's transaction: each batch then re-reads what it acts on after the other
    round's batch committed, so a follow-up, a reminder or an escalation is made once. SQLite: the
    write lock (BEGIN IMMEDIATE, waiting up to busy_timeout; readers are not blocked); PostgreSQL:
    a transaction-scoped advisory lock (at READ COMMITTED a plain re-check would race), and no JIT:
    a round's statements are index ranges and probes, but where the planner overrates a range (the
    silence candidates, after a round re-marked many rows) it JIT-compiled them: ~0.5 s a statement
    at a million inquiries."""
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        session.connection().exec_driver_sql("BEGIN IMMEDIATE")
    elif dialect == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key), set_config('jit', 'off', true)"), {"key": ROUND_LOCK})


def locked_begin(sessions: sessionmaker[Session]) -> Begin:
    """A `begin()` whose transactions hold the round lock (`lock_round`)."""
    @contextmanager
    def begin() -> Iterator[Session]:
        with sessions.begin() as session:
            lock_round(session)
            yield session
    return begin


@dataclass
class RoundReport:
    at: datetime
    by: str
    woken: list[int] = field(default_factory=list)
    planned: list[tuple[int, str]] = field(default_factory=list)  # (task id, rule)
    reminded: list[int] = field(default_factory=list)
    escalated: list[tuple[int, str]] = field(default_factory=list)  # (task id, who was told)
    sent: dict[str, int] = field(default_factory=dict)
    stopped: bool = False  # a shutdown ended the round between two batches
    folded: int = 0  # PostgreSQL counter rows written from the pending deltas (reports/counts.fold)

    def to_json(self) -> dict[str, Any]:
        return {"at": self.at.isoformat(timespec="seconds"), "by": self.by, "woken": self.woken,
                "planned": [{"task": t, "rule": r} for t, r in self.planned], "reminded": self.reminded,
                "escalated": [{"task": t, "to": to} for t, to in self.escalated], "sent": self.sent,
                **({"stopped": True} if self.stopped else {})}

    def counts(self) -> dict[str, int]:
        return {"woken": len(self.woken), "planned": len(self.planned), "reminded": len(self.reminded),
                "escalated": len(self.escalated)}

    def lines(self, at: str = "") -> list[str]:
        """What the round did, for people; `at`: its time as shown (`tick`: the seller's clock; the
        daemon's log keeps ISO UTC)."""
        out = [f"scheduler round at {at or self.at.isoformat(timespec='seconds')}: {len(self.woken)} woken, "
               f"{len(self.planned)} follow-up(s) planned, {len(self.reminded)} reminded, "
               f"{len(self.escalated)} escalated" + (" (stopped early: shutdown)" if self.stopped else "")]
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


def _due_for_reminder(now: datetime) -> ColumnElement[bool]:
    """Open reply and follow-up tasks not yet escalated that fall due within the hour (the index
    ix_tasks_reminder_due, read alone: it ends with the kind): escalated tasks are never read again.
    Review tasks (suspicious inquiries) are outside the reply SLA: never reminded or escalated."""
    return and_(TaskRow.state.in_(("open", "claimed")), TaskRow.escalated_at.is_(None),
                TaskRow.due_at <= now + REMIND_WITHIN, TaskRow.kind != "review")


def _remind_batch(session: Session, ids: Sequence[int], now: datetime, notifications: dict[str, Any] | None,
                  report: RoundReport | None) -> list[Any]:
    """One batch: read in one query (the task's columns a reminder needs, not whole rows), marked in
    two UPDATEs that only take a task still unmarked (with the round lock, a task is marked once)."""
    from ..notify import Reminder

    reminders, notes, escalated, reminded = [], [], [], []
    rows = session.execute(select(TaskRow.id, TaskRow.inquiry_id, TaskRow.grade, TaskRow.due_at, TaskRow.reminded_at,
                                  TaskRow.assignee, TaskRow.due_note, InquiryRow.subject, InquiryRow.from_addr,
                                  InquiryRow.from_name)
                           .outerjoin(InquiryRow, TaskRow.inquiry_id == InquiryRow.id)
                           .where(among(session, TaskRow.id, ids), _due_for_reminder(now)).order_by(TaskRow.id)).all()
    for task in rows:
        due = as_utc(task.due_at)
        state = None
        if due <= now:
            escalated.append(task.id)
            state = "overdue"
            recipients = escalation_recipients(task.assignee, notifications)
            notes.append({"inquiry_id": task.inquiry_id, "task_id": task.id, "author": SCHEDULER, "action": "escalate",
                          "content": f"overdue since {due.isoformat(timespec='minutes')}: escalated to {recipients}",
                          "created_at": now})
            if report is not None:
                report.escalated.append((task.id, recipients))
            log.warning("task %d (grade %s) is overdue since %s: escalated to %s", task.id, task.grade,
                        due.isoformat(), recipients)
        elif task.reminded_at is None:  # due within the hour (the query's bound)
            reminded.append(task.id)
            state = "due"
            if report is not None:
                report.reminded.append(task.id)
        if state:
            reminders.append(Reminder(task_id=task.id, grade=task.grade, state=state, due=due.isoformat(timespec="minutes"),
                                      assignee=task.assignee, subject=(task.subject or "")[:120],
                                      sender=(task.from_addr or task.from_name or ""), note=task.due_note or ""))
    if escalated:
        session.execute(update(TaskRow).where(among(session, TaskRow.id, escalated), TaskRow.escalated_at.is_(None))
                        .values(escalated_at=now))
    if reminded:
        session.execute(update(TaskRow).where(among(session, TaskRow.id, reminded), TaskRow.reminded_at.is_(None))
                        .values(reminded_at=now))
    if notes:  # one multi-row insert (the unit of work would send one per note on SQLite)
        session.execute(insert(NoteRow), notes)
    return reminders


def reminder_batches(begin: Begin, now: datetime, notifications: dict[str, Any] | None = None,
                     report: RoundReport | None = None, stop: Stop | None = None) -> Iterator[list[Any]]:
    """Mark tasks due within the hour (reminded) and overdue ones (escalated), once each, a batch
    at a time in task order, each batch in its own `begin()`. An escalation leaves a note naming
    who was told."""
    stop = stop or (lambda: False)
    with begin() as session:  # the first batch in the transaction that finds them (three round trips fewer)
        ids = sorted(session.scalars(select(TaskRow.id).where(_due_for_reminder(now))))
        if not ids or stop():
            return
        reminders = _remind_batch(session, ids[:BATCH], now, notifications, report)
    yield reminders
    for start in range(BATCH, len(ids), BATCH):
        if stop():
            return
        with begin() as session:
            reminders = _remind_batch(session, ids[start:start + BATCH], now, notifications, report)
        yield reminders


def collect_reminders(session: Session, now: datetime, notifications: dict[str, Any] | None = None,
                      report: RoundReport | None = None) -> list[Any]:
    """`reminder_batches` in the caller's transaction."""
    reminders: list[Any] = []
    for batch in reminder_batches(lambda: nullcontext(session), as_utc(now), notifications, report):
        reminders += batch
    return reminders


def run_round(sessions: sessionmaker[Session], now: datetime, *, followups: dict[str, Any] | None = None,
              notifications: dict[str, Any] | None = None, calendar: Any = None, by: str = "tick",
              stop: Stop | None = None) -> RoundReport:
    """One round, a batch per transaction, then the reminders sent (after the commits: a crash never
    leaves a reminder sent but its task unmarked, which would send it again). Every transaction holds
    the round lock (`lock_round`): two rounds at once take turns and act once. `stop` (the daemon's
    SIGTERM) is asked between batches: the round then ends, keeps what it did and says so."""
    from ..notify import deliver
    from ..reports.counts import fold as fold_counts
    from ..reports.rollups import prune_changes as prune_sla_changes
    from .followups import most_per_rule, plan_batches
    from .operations import wake_snoozed

    if now.tzinfo is None:
        raise ValueError("now: pass a timezone-aware time")
    now = as_utc(now)
    stop = stop or (lambda: False)
    report = RoundReport(at=now, by=by)
    begin = locked_begin(sessions)
    with begin() as session:
        report.woken = [t.id for t in wake_snoozed(session, now)]
        previous = _last_followup_max(session)
    reminders: list[Any] = []
    recorded = previous
    if not stop():
        recorded = most_per_rule(followups)  # plan_batches first re-arms what K set aside when K grew
        for made in plan_batches(begin, now, followups or {}, calendar, stop=stop, evaluated_under=previous):
            report.planned += [(t.id, t.rule) for t in made]
        for batch in reminder_batches(begin, now, notifications, report, stop):
            reminders += batch
    if not stop():
        # PostgreSQL's counter deltas (status, the dashboard) folded here, where nobody waits for
        # it; outside the round lock (a fold has its own, and skips rather than waits).
        with sessions.begin() as session:
            report.folded = fold_counts(session)
        # ... and report sla's change log pruned (days no report keeps would keep their rows forever)
        with sessions.begin() as session:
            prune_sla_changes(session)
    report.stopped = stop()
    if report.stopped:
        log.warning("scheduler round stopped early (shutdown): the next round goes on from there")
    with begin() as session:
        detail: dict[str, Any] = {"by": by, **report.counts(), FOLLOWUP_MAX: recorded}
        if report.stopped:
            detail["stopped"] = True
        session.add(AuditRow(at=now, actor=SCHEDULER, action=TICK, detail=detail))
    report.sent = deliver(reminders, notifications or {})
    return report


def _last_followup_max(session: Session) -> dict[str, int] | None:
    """The K per silence rule the last round planned under (None: unknown, e.g. before issue 10)."""
    detail = session.scalar(select(AuditRow.detail).where(AuditRow.action == TICK, AuditRow.actor == SCHEDULER)
                            .order_by(AuditRow.at.desc(), AuditRow.id.desc()).limit(1))
    value = (detail or {}).get(FOLLOWUP_MAX)
    return {str(k): int(v) for k, v in value.items()} if isinstance(value, dict) else None


def last_round(session: Session) -> tuple[datetime | None, str]:
    """When the scheduler last ran a round, and what ran it ("daemon" / "tick"); (None, "") never."""
    at = session.scalar(select(func.max(AuditRow.at)).where(AuditRow.action == TICK, AuditRow.actor == SCHEDULER))
    if at is None:
        return None, ""
    row = session.scalars(select(AuditRow).where(AuditRow.action == TICK, AuditRow.at == at).limit(1)).first()
    return as_utc(at), str((row.detail or {}).get("by", "")) if row else ""
